using System.Text;
using System.Text.Json.Nodes;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary><c>timeline migrate</c> on a graph whose name suffixes predate their rank data (no <c>starts</c>, no
/// <c>nameKey</c>, no <c>NameSuffix(entity)</c> index, neither 012 nor 013 recorded): it writes what ingest would have
/// written — stale suffixes of a renamed entity included — and a second run changes nothing.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class NameSuffixRankMigrationTests(ScratchNeo4j neo4j) : IAsyncLifetime
{
    private const string Suffixes = "MATCH (s:NameSuffix) RETURN s.key AS key, s.entity AS entity, s.starts AS starts, s.nameKey AS nameKey ORDER BY key";

    public Task InitializeAsync() => neo4j.EmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_graph_written_before_the_rank_data_gets_it_from_migrate_and_a_second_run_changes_nothing()
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(NameSuffixRankMigrationTests));
        await using var db = neo4j.CreateClient();
        var migrator = new SchemaMigrator(client, OntologyModel.Default);
        await migrator.MigrateAsync();
        var ingestion = new IngestionService(client, OntologyModel.Default, IngestLimits.Default);
        // A renamed entity (its first name's suffixes stale), one with an alias, and one with a name longer than a suffix.
        foreach (var (source, id, name, alias) in new[]
        {
            ("src:m1", "person:ana", "Ana María", "María"), ("src:m2", "person:ana", "Ana Luisa", null),
            ("src:m3", "org:commission", "Comisión Nacional de Telecomunicaciones", "Conatel"), ("src:m4", "person:bo", "Bo", null),
        })
        {
            var result = await ingestion.IngestAsync(Encoding.UTF8.GetBytes(new JsonObject
            {
                ["source"] = new JsonObject { ["id"] = source, ["title"] = "Names", ["published"] = "2026-01-09" },
                ["entities"] = new JsonArray(new JsonObject
                {
                    ["id"] = id, ["kind"] = id.StartsWith("org:", StringComparison.Ordinal) ? "Organization" : "Person", ["name"] = name,
                    ["aliases"] = alias is null ? new JsonArray() : new JsonArray(alias),
                }),
            }.ToJsonString()));
            Assert.True(result.Ok, string.Join("; ", result.Errors));
        }
        var written = await ReadAsync(db);
        Assert.Contains(written, s => s.Key.StartsWith("maria\u001f", StringComparison.Ordinal) && s.Starts == true && s.NameKey == "ana luisa");

        // The previous model: suffixes without rank data, no entity index, neither migration recorded.
        await db.RunAsync("MATCH (s:NameSuffix) REMOVE s.starts, s.nameKey");
        await db.RunAsync("DROP INDEX ON :NameSuffix(entity)");
        await db.RunAsync("MATCH (m:SchemaMigration) WHERE m.id IN ['012_name_suffix_entity', $ranks] DELETE m",
            new Dictionary<string, object?> { ["ranks"] = NameSuffixRanks.Id });
        Assert.All(await ReadAsync(db), s => Assert.True(s.Starts is null && s.NameKey is null));

        var applied = await migrator.MigrateAsync();

        Assert.Equal(["012_name_suffix_entity", NameSuffixRanks.Id], applied);
        Assert.Equal(written, await ReadAsync(db));
        Assert.Empty(await migrator.MigrateAsync());
        // The step itself, run again, writes the same.
        await db.RunAsync("MATCH (m:SchemaMigration {id: $id}) DELETE m", new Dictionary<string, object?> { ["id"] = NameSuffixRanks.Id });
        Assert.Equal([NameSuffixRanks.Id], await migrator.MigrateAsync());
        Assert.Equal(written, await ReadAsync(db));
    }

    private static async Task<List<(string Key, string Entity, bool? Starts, string? NameKey)>> ReadAsync(Timeline.Neo4j.Neo4jClient db) =>
        [.. (await db.RunAsync(Suffixes)).Records.Select(r => (r.Get<string>("key"), r.Get<string>("entity"), r.Get<bool?>("starts"), r.Get<string?>("nameKey")))];
}
