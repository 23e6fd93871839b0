using System.Text;
using System.Text.Json.Nodes;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary><c>timeline migrate</c> on a graph whose name suffixes predate their rank data and kinds (no <c>starts</c>, no
/// <c>nameKey</c>, no <c>kind</c>, no <c>NameSuffix(entity)</c> index, none of 012, 013 and 014 recorded): it writes what
/// ingest would have written — stale suffixes of a renamed entity included — and a second run changes nothing; a graph
/// that had the rank data but not the kinds gets them from 014 alone.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class NameSuffixRankMigrationTests(ScratchNeo4j neo4j) : IAsyncLifetime
{
    private const string Suffixes =
        "MATCH (s:NameSuffix) RETURN s.key AS key, s.entity AS entity, s.starts AS starts, s.nameKey AS nameKey, s.kind AS kind ORDER BY key";

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
        Assert.Contains(written, s => s.Key.StartsWith("maria\u001f", StringComparison.Ordinal) && s.Starts == true && s.NameKey == "ana luisa"
            && s.Kind == "Person");
        Assert.Contains(written, s => s.Key.StartsWith("conatel\u001f", StringComparison.Ordinal) && s.Kind == "Organization");

        // The previous model: suffixes without rank data or kinds, no entity index, none of the migrations recorded.
        await db.RunAsync("MATCH (s:NameSuffix) REMOVE s.starts, s.nameKey, s.kind");
        await db.RunAsync("DROP INDEX ON :NameSuffix(entity)");
        await db.RunAsync("MATCH (m:SchemaMigration) WHERE m.id IN ['012_name_suffix_entity', $ranks, $kinds] DELETE m",
            new Dictionary<string, object?> { ["ranks"] = NameSuffixRanks.Id, ["kinds"] = NameSuffixKinds.Id });
        Assert.All(await ReadAsync(db), s => Assert.True(s.Starts is null && s.NameKey is null && s.Kind is null));

        var applied = await migrator.MigrateAsync();

        Assert.Equal(["012_name_suffix_entity", NameSuffixRanks.Id, NameSuffixKinds.Id], applied);
        Assert.Equal(written, await ReadAsync(db));
        Assert.Empty(await migrator.MigrateAsync());
        // The step itself, run again, writes the same.
        await db.RunAsync("MATCH (m:SchemaMigration {id: $id}) DELETE m", new Dictionary<string, object?> { ["id"] = NameSuffixRanks.Id });
        Assert.Equal([NameSuffixRanks.Id], await migrator.MigrateAsync());
        Assert.Equal(written, await ReadAsync(db));

        // The model of the rank data alone (013 applied, the kinds not): 014 gives every suffix its entity's kind.
        await db.RunAsync("MATCH (s:NameSuffix) REMOVE s.kind");
        await db.RunAsync("MATCH (m:SchemaMigration {id: $id}) DELETE m", new Dictionary<string, object?> { ["id"] = NameSuffixKinds.Id });
        Assert.Equal([NameSuffixKinds.Id], await migrator.MigrateAsync());
        Assert.Equal(written, await ReadAsync(db));
    }

    private static async Task<List<(string Key, string Entity, bool? Starts, string? NameKey, string? Kind)>> ReadAsync(Timeline.Neo4j.Neo4jClient db) =>
        [.. (await db.RunAsync(Suffixes)).Records.Select(r =>
            (r.Get<string>("key"), r.Get<string>("entity"), r.Get<bool?>("starts"), r.Get<string?>("nameKey"), r.Get<string?>("kind")))];
}
