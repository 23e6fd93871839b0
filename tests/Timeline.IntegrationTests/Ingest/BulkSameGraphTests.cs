using System.Text.Json;
using Timeline.Core.Audit;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Export;
using Timeline.IntegrationTests.Exports;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary><c>timeline ingest --bulk</c> gives the graph that loading the same documents one by one gives. Five small
/// documents written for the test — sharing a country and a leader, one event reported by two sources, one source ingested
/// again in a changed version (which drops a statement only its first version made), one document repeated unchanged — are
/// loaded one by one, then in one batch, then in batches of two, each time into the emptied private scratch server; the
/// whole-graph exports, the rest of the graph (the derived name-suffix index, the kept documents, the change records but
/// their times and ids) and every document's answer are compared.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class BulkSameGraphTests(ScratchNeo4j server) : IAsyncLifetime
{
    private const string A = "src:a", B = "src:b", C = "src:c";
    private const string Country = "country:testland", Leader = "person:lea", OnlyB = "person:only-b", Strike = "event:strike", Talks = "event:talks";
    private const string Actor = "test:bulk";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Task.CompletedTask;

    private Neo4jClient Observed() => ProjectCypher.Observe(server.CreateClient(), nameof(BulkSameGraphTests));

    private static object Document(string source, string published, object[] entities, object[] events, object[]? statements = null, object[]? relations = null) =>
        new { source = new { id = source, title = $"Report {source}", published }, entities, events, statements = statements ?? [], relations = relations ?? [] };

    private static object CountryEntity => new { id = Country, kind = "Country", name = "Testland" };

    private static object LeaderEntity(params string[] aliases) => new { id = Leader, kind = "Person", name = "Lea Leader", aliases };

    private static object DocumentA(bool changed) => Document(A, "2026-01-10",
        [CountryEntity, LeaderEntity(changed ? ["Lea", "Lea L."] : ["Lea"])],
        [new { id = Strike, type = "Attack", title = changed ? "Strike on Testland (updated)" : "Strike on Testland", date = changed ? "2026-01-03" : "2026-01",
            excerpt = "a: the strike", participants = new object[] { new { entity = Country, role = "target" } } }],
        changed ? [] : [new { id = "stmt:a", speaker = Leader, text = "We were struck.", date = "2026-01-04", about = new[] { Strike }, excerpt = "a: she said" }],
        [new { type = "HOLDS_POSITION", from = Leader, to = Country, properties = new { position = "president" }, validFrom = "2020", excerpt = "a: the president" }]);

    private static object DocumentB => Document(B, "2026-01-12",
        [CountryEntity, LeaderEntity("L. Leader"), new { id = OnlyB, kind = "Person", name = "Only B" }],
        [new { id = Strike, type = "Attack", title = "Attack on Testland", date = "2026-01-03", excerpt = "b: on the 3rd",
                participants = new object[] { new { entity = Country, role = "target" }, new { entity = OnlyB, role = "agent" } } },
            new { id = Talks, type = "Meeting", title = "Talks", date = "2026-01-06", excerpt = "b: talks",
                participants = new object[] { new { entity = Leader, role = "participant" }, new { entity = OnlyB, role = "participant" } } }]);

    private static object DocumentC => Document(C, "2026-01-15",
        [CountryEntity, new { id = OnlyB, kind = "Person", name = "Only B", description = "Named by C too." }],
        [new { id = Talks, type = "Meeting", title = "Peace talks", date = "2026-01-06", excerpt = "c: peace talks",
            participants = new object[] { new { entity = OnlyB, role = "participant" }, new { entity = Country, role = "location" } } }],
        [new { id = "stmt:c", speaker = OnlyB, text = "The talks went well.", about = new[] { Talks }, excerpt = "c: he said" }]);

    // A, B, C, A changed (its statement dropped), B again unchanged.
    private static IReadOnlyList<(string Name, byte[] Json)> Documents =>
    [
        ("a1.json", JsonSerializer.SerializeToUtf8Bytes(DocumentA(changed: false))),
        ("b1.json", JsonSerializer.SerializeToUtf8Bytes(DocumentB)),
        ("c.json", JsonSerializer.SerializeToUtf8Bytes(DocumentC)),
        ("a2.json", JsonSerializer.SerializeToUtf8Bytes(DocumentA(changed: true))),
        ("b2.json", JsonSerializer.SerializeToUtf8Bytes(DocumentB)),
    ];

    private sealed record Loaded(string Export, IReadOnlyList<string> Rest, IReadOnlyList<IngestResult> Answers);

    private async Task<Loaded> LoadAsync(Func<Neo4jClient, IngestionService, Task<IReadOnlyList<IngestResult>>> load)
    {
        await server.EmptyAsync();
        await using var client = Observed();
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
        var answers = await load(client, new IngestionService(client, OntologyModel.Default, IngestLimits.Default));
        var snapshot = await new GraphExporter(client).ExportAsync();
        var export = await Written.TextAsync(stream => JsonGraphWriter.WriteAsync(stream, snapshot));
        return new Loaded(export, await RestOfGraphAsync(client), answers);
    }

    // Every node and relationship the export leaves out, as text: labels and properties, but a change record's time and id
    // (and a migration's time), which no two loads share.
    private static async Task<IReadOnlyList<string>> RestOfGraphAsync(Neo4jClient client)
    {
        var volatileKeys = new Dictionary<string, string[]>
        {
            [GraphLabels.Change] = ["at", "id"],
            [GraphLabels.IngestAudit] = ["at", "id"],
            [GraphLabels.SchemaMigration] = ["appliedAt"],
        };
        string Describe(IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> props)
        {
            var dropped = labels.SelectMany(l => volatileKeys.GetValueOrDefault(l) ?? []).ToHashSet();
            return string.Join(":", labels.Order(StringComparer.Ordinal)) + " " +
                   JsonSerializer.Serialize(props.Where(p => !dropped.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value));
        }
        var nodes = await client.RunAsync("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", null);
        var relationships = await client.RunAsync(
            "MATCH (a)-[r]->(b) RETURN labels(a) AS fromLabels, properties(a) AS fromProps, type(r) AS type, properties(r) AS props, labels(b) AS toLabels, properties(b) AS toProps",
            null);
        return
        [
            .. nodes.Records.Select(r => Describe(r.Get<List<string>>("labels"), r.Get<Dictionary<string, object?>>("props"))),
            .. relationships.Records.Select(r =>
                $"({Describe(r.Get<List<string>>("fromLabels"), r.Get<Dictionary<string, object?>>("fromProps"))})" +
                $"-[{r.Get<string>("type")} {JsonSerializer.Serialize(r.Get<Dictionary<string, object?>>("props").OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value))}]->" +
                $"({Describe(r.Get<List<string>>("toLabels"), r.Get<Dictionary<string, object?>>("toProps"))})"),
        ];
    }

    private static async Task<IReadOnlyList<IngestResult>> OneByOneAsync(Neo4jClient client, IngestionService ingestion)
    {
        var audited = new AuditedIngestion(ingestion, new IngestAuditLog(client));
        var answers = new List<IngestResult>();
        foreach (var (_, json) in Documents)
            answers.Add(await audited.IngestAsync(json, Actor));
        return answers;
    }

    private static Func<Neo4jClient, IngestionService, Task<IReadOnlyList<IngestResult>>> InBatchesOf(int batchSize) => async (client, ingestion) =>
    {
        var bulk = new BulkIngestion(client, ingestion, new IngestAuditLog(client));
        var answers = new List<IngestResult>();
        await foreach (var outcome in bulk.IngestAsync(Documents.Select(d => new BulkDocument(d.Name, d.Json)), Actor, batchSize))
            answers.Add(outcome.Result);
        return answers;
    };

    [Fact]
    public async Task Bulk_loading_gives_the_graph_and_the_answers_of_loading_one_by_one()
    {
        var oneByOne = await LoadAsync(OneByOneAsync);
        Assert.All(oneByOne.Answers, a => Assert.True(a.Ok, string.Join("; ", a.Errors)));
        // B again changes nothing; the source and its 3 entities and 2 events were there.
        Assert.Equal((0, 6), (oneByOne.Answers[4].Created, oneByOne.Answers[4].Updated));
        // A's changed version dropped the statement only A's first version made.
        Assert.DoesNotContain("stmt:a", oneByOne.Export, StringComparison.Ordinal);
        Assert.Contains("stmt:c", oneByOne.Export, StringComparison.Ordinal);
        // The rest holds the derived index, a change record per ingest that changed something (not B again), an audit record each.
        Assert.Contains(oneByOne.Rest, r => r.StartsWith(GraphLabels.NameSuffix + " ", StringComparison.Ordinal));
        Assert.Equal(4, oneByOne.Rest.Count(r => r.StartsWith(GraphLabels.Change + " ", StringComparison.Ordinal)));
        Assert.Equal(5, oneByOne.Rest.Count(r => r.StartsWith(GraphLabels.IngestAudit + " ", StringComparison.Ordinal)));

        foreach (var batchSize in new[] { 100, 2 })
        {
            var bulk = await LoadAsync(InBatchesOf(batchSize));
            Assert.Equal(oneByOne.Export, bulk.Export);
            Assert.Equal(oneByOne.Rest.Order(StringComparer.Ordinal), bulk.Rest.Order(StringComparer.Ordinal));
            Assert.Equal(oneByOne.Answers.Select(a => (a.Ok, a.SourceId, a.Created, a.Updated)), bulk.Answers.Select(a => (a.Ok, a.SourceId, a.Created, a.Updated)));
        }
    }
}
