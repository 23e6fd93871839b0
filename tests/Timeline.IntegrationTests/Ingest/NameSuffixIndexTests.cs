using System.Text;
using System.Text.Json.Nodes;
using Timeline.Core.Audit;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Export;
using Timeline.IntegrationTests.Exports;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Neo4j;
using Timeline.Query.Questions;
using Timeline.Query.Tree;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>Search reads the name-suffix index (<see cref="NameSuffixes"/>): what it finds on a graph ingested with it, on a
/// graph ingested before it existed once <c>migrate</c> has built it (a build cut short going on where it stopped), after a
/// merge; and the index never shows in an export or a path. Expected answers are worked out by hand from the names below
/// (search ranks exact name, exact alias, prefix, substring, then by folded name).</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class NameSuffixIndexTests(ScratchNeo4j neo4j) : IAsyncLifetime
{
    private const string Maduro = "person:nicolas-maduro", Madurai = "org:madurai-port-authority", Commission = "org:conatel";

    // 520 members ("Member 000" …) make the build take two batches of NameSuffixBuild.BatchSize (500).
    private static readonly List<string> Members = [.. Enumerable.Range(0, 520).Select(i => $"person:member-{i:D3}")];

    public Task InitializeAsync() => neo4j.EmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Search_finds_names_by_any_part_of_them_through_the_index_and_checks_the_whole_text()
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(NameSuffixIndexTests));
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
        await IngestAsync(client);

        await AssertAnswersAsync(client);
        // Every suffix of every key is there, cut to NameSuffixes.Length: "nicolas maduro" (14), "maduro moros" (12, no suffix
        // at its space) → 13 + 11; none for a space.
        await using var db = neo4j.CreateClient();
        var suffixes = (await db.RunAsync("MATCH (s:NameSuffix {entity: $id}) RETURN s.key AS key", new Dictionary<string, object?> { ["id"] = Maduro }))
            .Records.Select(r => r.Get<string>("key")).ToList();
        Assert.Equal(24, suffixes.Count);
        Assert.Contains("maduro moros" + NameSuffixes.Separator + Maduro, suffixes);
        Assert.DoesNotContain(suffixes, s => s.StartsWith(' '));
    }

    [Fact]
    public async Task A_graph_ingested_before_the_index_answers_the_same_after_migrate_and_a_build_cut_short_goes_on_where_it_stopped()
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(NameSuffixIndexTests));
        await using var db = neo4j.CreateClient();
        var migrator = new SchemaMigrator(client, OntologyModel.Default);
        await migrator.MigrateAsync();
        await IngestAsync(client);
        // The previous model: no suffix, no constraint, neither migration recorded.
        await db.RunAsync("MATCH (s:NameSuffix) DELETE s");
        await db.RunAsync("MATCH (m:SchemaMigration) WHERE m.id STARTS WITH '007_name_suffixes' DELETE m");
        await db.RunAsync("DROP CONSTRAINT ON (n:NameSuffix) ASSERT n.key IS UNIQUE");

        // Killed after its first batch: the client is cancelled as that batch reports.
        using var cut = new CancellationTokenSource();
        var first = new List<MigrationProgress>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => migrator.MigrateAsync(cut.Token, new ReportedProgress(p => { first.Add(p); cut.Cancel(); })));
        var entityIds = Members.Concat([Maduro, Madurai, Commission]).Order(StringComparer.Ordinal).ToList();
        var record = (await db.RunAsync("MATCH (m:SchemaMigration {id: $id}) RETURN m.appliedAt AS at, m.resumeAfter AS after",
            new Dictionary<string, object?> { ["id"] = NameSuffixBuild.Id })).Records.Single();
        Assert.Null(record.Get<string?>("at"));
        Assert.Equal(BatchedWalk.Position(GraphLabels.Entity, entityIds[NameSuffixBuild.BatchSize - 1]), record.Get<string>("after"));
        Assert.Equal(new MigrationProgress("name suffixes (entities)", NameSuffixBuild.BatchSize, entityIds.Count, first[0].Elapsed), Assert.Single(first));

        var rest = new List<MigrationProgress>();
        var applied = await migrator.MigrateAsync(progress: new ReportedProgress(rest.Add));

        Assert.Contains(NameSuffixBuild.Id, applied);
        var suffixes = Assert.Single(rest, p => p.Migration == "name suffixes (entities)");
        Assert.Equal((entityIds.Count - NameSuffixBuild.BatchSize, entityIds.Count - NameSuffixBuild.BatchSize), (suffixes.Done, suffixes.Total));
        await AssertAnswersAsync(client);
        Assert.Empty(await migrator.MigrateAsync());
    }

    [Fact]
    public async Task A_merged_name_finds_the_survivor_and_the_index_never_shows_in_an_export_or_a_path()
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(NameSuffixIndexTests));
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
        await IngestAsync(client);
        var ingestion = new IngestionService(client, OntologyModel.Default, IngestLimits.Default);
        var merged = await new EntityMerge(client, ingestion, new IngestAuditLog(client))
            .MergeEntitiesAsync(Maduro, [Members[7]], "one person", "test");
        Assert.True(merged.Ok, string.Join("; ", merged.Errors.Select(e => e.Message)));

        // "Member 007" is now an alias of the survivor (the merged entity is gone); "member 00" starts ten names, one of them
        // now the survivor's alias.
        Assert.Equal([Maduro], await SearchAsync(client, "member 007"));
        Assert.Equal([.. Members[..7], .. Members[8..10], Maduro], await SearchAsync(client, "member 00"));
        await using var db = neo4j.CreateClient();
        Assert.Equal(0L, (await db.RunAsync("MATCH (:NameSuffix)-[r]-() RETURN count(r) AS n")).Single().Get<long>("n"));
        var export = await Written.TextAsync(stream => ExportAsync(client, stream));
        Assert.DoesNotContain(GraphLabels.NameSuffix, export, StringComparison.Ordinal);
        Assert.DoesNotContain(NameSuffixes.Separator.ToString(), export, StringComparison.Ordinal);
    }

    // By hand: "nicolas maduro" has 13 suffixes (none at its space), the alias "maduro moros" 11 more. A later source that
    // names the entity again writes the suffixes of its new alias only, and one that adds nothing writes none — whether
    // the documents come one by one or in one bulk batch (which writes its documents' suffixes once, at its end).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Only_the_search_keys_an_entity_did_not_have_get_their_suffixes_written(bool bulk)
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(NameSuffixIndexTests));
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
        byte[] Document(string source, params string[] aliases) => Encoding.UTF8.GetBytes(new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = source, ["title"] = "Names", ["published"] = "2026-01-09" },
            ["entities"] = new JsonArray(new JsonObject { ["id"] = Maduro, ["kind"] = "Person", ["name"] = "Nicolás Maduro", ["aliases"] = new JsonArray([.. aliases.Select(a => (JsonNode)a)]) }),
        }.ToJsonString());
        var documents = new[] { Document("src:one"), Document("src:two", "Maduro Moros"), Document("src:three", "Maduro Moros") };
        var suffixRows = new List<int>();
        client.RequestSending += statements => suffixRows.AddRange(statements
            .Where(st => st.Text.Contains($"MERGE (s:{GraphLabels.NameSuffix}", StringComparison.Ordinal))
            .Select(st => ((System.Collections.ICollection)st.Parameters!["rows"]!).Count));
        var ingestion = new IngestionService(client, OntologyModel.Default, IngestLimits.Default);
        if (bulk)
        {
            await foreach (var outcome in new BulkIngestion(client, ingestion, null).IngestAsync(documents.Select((d, i) => new BulkDocument($"{i}.json", d)), "test:suffixes"))
                Assert.True(outcome.Result.Ok, string.Join("; ", outcome.Result.Errors));
            Assert.Equal([13 + 11], suffixRows);
        }
        else
        {
            foreach (var document in documents)
                Assert.True((await ingestion.IngestAsync(document)).Ok);
            Assert.Equal([13, 11], suffixRows);
        }

        await using var db = neo4j.CreateClient();
        var count = (await db.RunAsync("MATCH (s:NameSuffix {entity: $id}) RETURN count(s) AS n", new Dictionary<string, object?> { ["id"] = Maduro })).Single().Get<long>("n");
        Assert.Equal(24, count);
        Assert.Equal([Maduro], await SearchAsync(client, "moros"));
        Assert.Equal([Maduro], await SearchAsync(client, "colás"));
    }

    private static async Task ExportAsync(Neo4jClient client, Stream stream) =>
        await JsonGraphWriter.WriteAsync(stream, await new GraphExporter(client).ExportAsync());

    // By hand: "madur" starts "madurai port authority" and the alias "maduro moros" (rank 2 both; "madurai…" sorts before
    // "nicolas maduro"); an accent-free spelling finds the accented name; a text longer than the stored suffixes must match
    // whole ("…de colombia" shares its first 24 characters with the commission's name); "member 51" starts ten names.
    private async Task AssertAnswersAsync(Neo4jClient client)
    {
        Assert.Equal([Madurai, Maduro], await SearchAsync(client, "madur"));
        Assert.Equal([Maduro], await SearchAsync(client, "Maduro Moros"));
        Assert.Equal([Maduro], await SearchAsync(client, "NICOLAS MADURO"));
        Assert.Equal([Maduro], await SearchAsync(client, "colás"));
        Assert.Equal([Commission], await SearchAsync(client, "telecomunicaciones de venezuela"));
        Assert.Equal([Commission], await SearchAsync(client, "Comisión Nacional de Telecomunicaciones de Venezuela"));
        Assert.Empty(await SearchAsync(client, "comision nacional de telecomunicaciones de colombia"));
        Assert.Equal(Members[510..520], await SearchAsync(client, "member 51"));
        Assert.Equal([Members[519]], await SearchAsync(client, "Member 519"));
    }

    private static async Task<List<string>> SearchAsync(Neo4jClient client, string text)
    {
        var query = new SearchQuestion(OntologyModel.Default).Build(new SearchArguments(text, null, 50));
        var compiled = query.Statement(new PropertyValue(query.Item, GraphProperties.Id));
        return (await client.RunAsync(compiled.Text, compiled.Parameters)).Records.Select(r => r.Get<string>("item")).ToList();
    }

    private static async Task IngestAsync(Neo4jClient client)
    {
        var entities = new JsonArray
        {
            new JsonObject { ["id"] = Maduro, ["kind"] = "Person", ["name"] = "Nicolás Maduro", ["aliases"] = new JsonArray("Maduro Moros") },
            new JsonObject { ["id"] = Madurai, ["kind"] = "Organization", ["name"] = "Madurai Port Authority" },
            new JsonObject { ["id"] = Commission, ["kind"] = "Organization", ["name"] = "Comisión Nacional de Telecomunicaciones de Venezuela" },
        };
        foreach (var (id, i) in Members.Select((id, i) => (id, i)))
            entities.Add(new JsonObject { ["id"] = id, ["kind"] = "Person", ["name"] = $"Member {i:D3}" });
        var document = new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = "src:name-suffix-test", ["title"] = "Names", ["published"] = "2026-01-09", ["language"] = "en" },
            ["entities"] = entities,
        };
        var result = await new IngestionService(client, OntologyModel.Default, IngestLimits.Default)
            .IngestAsync(Encoding.UTF8.GetBytes(document.ToJsonString()));
        Assert.True(result.Ok, string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
        Assert.Equal(1 + entities.Count, result.Created); // the source and the entities: the index's nodes are not facts
    }
}
