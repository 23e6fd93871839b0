using System.Text.Json.Nodes;
using Timeline.Core.Audit;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>Bulk loading (<see cref="BulkIngestion"/>, <c>timeline ingest --bulk</c>) on small documents of each test's own:
/// a refused document is reported by its file and JSON path and the rest of its batch is written without it, a second load
/// changes nothing, a document repeated in its batch changes nothing the second time, and every document leaves one audit
/// record.</summary>
public sealed class BulkIngestTests(Neo4jFixture db) : IngestTestBase(db)
{
    private readonly string _actor = $"test:bulk-{Guid.NewGuid():N}";

    private BulkIngestion Bulk() => new(ProjectClient, Ingestion(), new IngestAuditLog(ProjectClient));

    private async Task<List<BulkOutcome>> LoadAsync(int batchSize, params (string Name, byte[] Json)[] documents)
    {
        var outcomes = new List<BulkOutcome>();
        await foreach (var outcome in Bulk().IngestAsync(documents.Select(d => new BulkDocument(d.Name, d.Json)), _actor, batchSize))
            outcomes.Add(outcome);
        return outcomes;
    }

    private TestDocument Owned(TestDocument doc)
    {
        Owns(doc.Ids);
        return doc;
    }

    /// <summary>A valid document whose second entity takes <paramref name="existing"/>'s country id as a Person: the graph refutes it.</summary>
    private TestDocument Conflicting(TestDocument existing)
    {
        var doc = Owned(new TestDocument());
        doc.Json["entities"] = new JsonArray(
            new JsonObject { ["id"] = doc.Person, ["kind"] = "Person", ["name"] = "Only in the conflicting document" },
            new JsonObject { ["id"] = existing.Country, ["kind"] = "Person", ["name"] = "Not a country" });
        doc.Json["events"] = new JsonArray();
        doc.Json["statements"] = new JsonArray();
        doc.Json["relations"] = new JsonArray();
        return doc;
    }

    /// <summary>A document with two errors of its own: an unknown kind and an impossible date.</summary>
    private TestDocument Invalid()
    {
        var doc = Owned(new TestDocument());
        doc.Array("entities")[1]!["kind"] = "Planet";
        doc.Array("events")[0]!["date"] = "2026-13";
        return doc;
    }

    private async Task<long> CountAsync(IEnumerable<string> ids) =>
        (await Db.RunAsync("MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n", new Dictionary<string, object?> { ["ids"] = ids.ToList() }))
        .Records[0].Get<long>("n");

    private async Task<long> ChangesAsync(IEnumerable<string> sourceIds) =>
        (await Db.RunAsync($"MATCH (c:{GraphLabels.Change}) WHERE c.sourceId IN $ids RETURN count(c) AS n", new Dictionary<string, object?> { ["ids"] = sourceIds.ToList() }))
        .Records[0].Get<long>("n");

    // The documents' nodes and every relationship touching them, as text.
    private async Task<List<string>> SubgraphAsync(IEnumerable<string> ids) =>
        (await Db.RunAsync("""
            MATCH (n) WHERE n.id IN $ids
            OPTIONAL MATCH (n)-[r]-(m)
            RETURN n.id + ' ' + toString(size(keys(n))) + ' ' + coalesce(type(r) + ' ' + coalesce(m.id, '') + ' ' + coalesce(r.role, '') + coalesce(r.key, ''), '') AS line
            ORDER BY line
            """, new Dictionary<string, object?> { ["ids"] = ids.ToList() })).Records.Select(r => r.Get<string>("line")).ToList();

    [Fact]
    public async Task A_batch_writes_its_valid_documents_and_reports_an_invalid_and_a_conflicting_one_by_file_and_path()
    {
        var first = Owned(new TestDocument());
        var invalid = Invalid();
        var conflicting = Conflicting(first);
        var last = Owned(new TestDocument());

        var outcomes = await LoadAsync(10, ("first.json", first.Bytes()), ("invalid.json", invalid.Bytes()), ("conflicting.json", conflicting.Bytes()), ("last.json", last.Bytes()));

        Assert.Equal(["first.json", "invalid.json", "conflicting.json", "last.json"], outcomes.Select(o => o.Document.Name));
        Assert.All(outcomes, o => Assert.Equal(1, o.Batch));
        Assert.Equal([true, false, false, true], outcomes.Select(o => o.Result.Ok));
        Assert.Equal(["$.entities[1].kind", "$.events[0].date"], outcomes[1].Result.Errors.Select(e => e.Path));
        var conflict = Assert.Single(outcomes[2].Result.Errors);
        Assert.Equal("$.entities[1].kind", conflict.Path);
        Assert.Contains($"'{first.Country}' is already in the graph as a Country", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(conflicting.SourceId, outcomes[2].Result.SourceId);
        // Both valid documents whole (source, person, country, event, statement), nothing of the refused ones.
        Assert.Equal(10L, await CountAsync([.. first.Ids, .. last.Ids]));
        Assert.Equal(0L, await CountAsync([.. invalid.Ids, conflicting.SourceId, conflicting.Person]));
        var country = await Db.RunAsync("MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, n.sources AS sources",
            new Dictionary<string, object?> { ["id"] = first.Country });
        Assert.Equal(["Country", "Entity"], country.Records[0].Get<List<string>>("labels").Order(StringComparer.Ordinal));
        Assert.Equal([first.SourceId], country.Records[0].Get<List<string>>("sources"));
        Assert.Equal(2L, await ChangesAsync([first.SourceId, invalid.SourceId, conflicting.SourceId, last.SourceId]));
    }

    [Fact]
    public async Task Loading_the_same_documents_again_changes_nothing()
    {
        var one = Owned(new TestDocument());
        var sameFacts = new TestDocument(one.Tag, "-again"); // the same entities, event and statement from another source
        Owns([sameFacts.SourceId]);
        var other = Owned(new TestDocument());
        (string, byte[])[] documents = [("one.json", one.Bytes()), ("same-facts.json", sameFacts.Bytes()), ("other.json", other.Bytes())];
        IEnumerable<string> ids = [.. one.Ids, sameFacts.SourceId, .. other.Ids];
        IEnumerable<string> sources = [one.SourceId, sameFacts.SourceId, other.SourceId];

        var firstLoad = await LoadAsync(2, documents);
        Assert.All(firstLoad, o => Assert.True(o.Result.Ok, string.Join("; ", o.Result.Errors)));
        var before = await SubgraphAsync(ids);
        Assert.Equal(3L, await ChangesAsync(sources));

        var again = await LoadAsync(2, documents);

        Assert.All(again, o => Assert.True(o.Result.Ok, string.Join("; ", o.Result.Errors)));
        Assert.All(again, o => Assert.Equal(0, o.Result.Created));
        // Each source and its document's four ids were there.
        Assert.All(again, o => Assert.Equal(5, o.Result.Updated));
        Assert.Equal(before, await SubgraphAsync(ids));
        Assert.Equal(3L, await ChangesAsync(sources));
    }

    [Fact]
    public async Task A_document_repeated_in_its_batch_changes_nothing_the_second_time()
    {
        var doc = Owned(new TestDocument());

        var outcomes = await LoadAsync(10, ("doc.json", doc.Bytes()), ("doc-again.json", doc.Bytes()));

        Assert.All(outcomes, o => Assert.True(o.Result.Ok, string.Join("; ", o.Result.Errors)));
        // Nodes: source, person, country, event, statement; relationships: PARTICIPANT, SAID, ABOUT ×2, HOLDS_POSITION,
        // REPORTED_IN ×2.
        Assert.Equal((12, 0), (outcomes[0].Result.Created, outcomes[0].Result.Updated));
        Assert.Equal((0, 5), (outcomes[1].Result.Created, outcomes[1].Result.Updated));
        Assert.Equal(1L, await ChangesAsync([doc.SourceId]));
    }

    // Three new documents, the second and third saying the first's event and statement again (as other sources): the batch
    // reads its look-ups in one request and sends every write with its commit in a second, and each answer is the one-by-one
    // answer (the later documents' claims resolved with the first's, which the batch had not yet sent when it built them).
    // The kept documents and the change records go in one statement each; only the documents that name an item the graph
    // (here: the batch) has send a mark for the lists of an item they might date otherwise.
    [Fact]
    public async Task A_batch_of_new_documents_takes_two_requests_and_answers_as_one_by_one()
    {
        var one = Owned(new TestDocument());
        var two = new TestDocument(one.Tag, "-two");
        var three = new TestDocument(one.Tag, "-three");
        Owns([two.SourceId, three.SourceId]);
        var requests = new List<int>();
        var sent = new List<Timeline.Neo4j.Statement>();
        void Count(IReadOnlyList<Timeline.Neo4j.Statement> statements)
        {
            requests.Add(statements.Count);
            sent.AddRange(statements);
        }
        ProjectClient.RequestSending += Count;
        var outcomes = new List<BulkOutcome>();
        try
        {
            await foreach (var outcome in new BulkIngestion(ProjectClient, Ingestion(), audit: null).IngestAsync(
                [new BulkDocument("one.json", one.Bytes()), new BulkDocument("two.json", two.Bytes()), new BulkDocument("three.json", three.Bytes())], _actor))
                outcomes.Add(outcome);
        }
        finally
        {
            ProjectClient.RequestSending -= Count;
        }

        Assert.Equal(2, requests.Count);
        Assert.All(outcomes, o => Assert.True(o.Result.Ok, string.Join("; ", o.Result.Errors)));
        // The first creates its source, four ids and seven relationships; the others their source and two REPORTED_IN each.
        Assert.Equal([(12, 0), (3, 4), (3, 4)], outcomes.Select(o => (o.Result.Created, o.Result.Updated)));
        var claims = await Db.RunAsync("MATCH (e:Event {id: $id})-[r:REPORTED_IN]->(s:Source) RETURN s.id AS source ORDER BY source",
            new Dictionary<string, object?> { ["id"] = one.Event });
        Assert.Equal([one.SourceId, three.SourceId, two.SourceId], claims.Records.Select(r => r.Get<string>("source")));

        List<object?> Rows(Timeline.Neo4j.Statement statement, string parameter) => (List<object?>)statement.Parameters![parameter]!;
        var kept = Assert.Single(sent, s => s.Text.Contains(GraphLabels.SourceDocument, StringComparison.Ordinal) && s.Text.Contains("MERGE", StringComparison.Ordinal));
        Assert.Equal([one.SourceId, two.SourceId, three.SourceId], Rows(kept, "documents").Select(d => ((Dictionary<string, object?>)d!)["sourceId"]));
        var changes = Assert.Single(sent, s => s.Text == Timeline.Core.Curation.ChangeLog.Write([]).Text);
        Assert.Equal(3, Rows(changes, "changes").Count);
        var markText = Timeline.Core.Lookup.ItemLists.MarkRedated(new Dictionary<string, string> { ["event:x"] = "entry" })!.Text;
        var marked = sent.Where(s => s.Text == markText)
            .Select(s => string.Join(",", Rows(s, "rows").Select(r => ((Dictionary<string, object?>)r!)["id"]))).ToList();
        Assert.Equal([$"{one.Event},{one.Statement}", $"{one.Event},{one.Statement}"], marked);
    }

    // The batch's look-ups are read at its start, before any of its documents is written: an id an earlier document of the
    // batch defines is known to a later one that only refers to it, and unknown to an earlier one, as one by one.
    [Fact]
    public async Task A_document_may_refer_to_what_an_earlier_document_of_its_batch_defines()
    {
        var first = Owned(new TestDocument());
        var referring = Owned(new TestDocument());
        referring.Array("statements")[0]!["about"] = new JsonArray(first.Event);
        var early = Owned(new TestDocument());
        var defining = Owned(new TestDocument());
        early.Array("statements")[0]!["about"] = new JsonArray(defining.Event);

        var outcomes = await LoadAsync(10, ("first.json", first.Bytes()), ("referring.json", referring.Bytes()),
            ("early.json", early.Bytes()), ("defining.json", defining.Bytes()));

        Assert.Equal([true, true, false, true], outcomes.Select(o => o.Result.Ok));
        var unknown = Assert.Single(outcomes[2].Result.Errors);
        Assert.Equal("$.statements[0].about[0]", unknown.Path);
        var about = await Db.RunAsync("MATCH (:Statement {id: $statement})-[:ABOUT]->(t) RETURN t.id AS id",
            new Dictionary<string, object?> { ["statement"] = referring.Statement });
        Assert.Equal([first.Event], about.Records.Select(r => r.Get<string>("id")));
    }

    [Fact]
    public async Task Every_document_leaves_one_audit_record_written_or_rejected()
    {
        var first = Owned(new TestDocument());
        var invalid = Invalid();
        var conflicting = Conflicting(first);

        var outcomes = await LoadAsync(2, ("first.json", first.Bytes()), ("invalid.json", invalid.Bytes()), ("conflicting.json", conflicting.Bytes()),
            ("first-again.json", first.Bytes()));

        var records = (await Db.RunAsync($"""
                MATCH (a:{GraphLabels.IngestAudit} {"{"}actor: $actor{"}"})
                RETURN a.sourceId AS source, a.outcome AS outcome, a.created AS created, a.updated AS updated, a.errorCount AS errors, a.operation AS operation
                """, new Dictionary<string, object?> { ["actor"] = _actor }))
            .Records.Select(r => (r.Get<string>("source"), r.Get<string>("outcome"), r.Get<long>("created"), r.Get<long>("updated"), r.Get<long>("errors"), r.Get<string>("operation")))
            .Order().ToList();
        (string, string, long, long, long, string)[] expected =
        [
            (first.SourceId, "ok", 12, 0, 0, "ingestDocument"),
            (first.SourceId, "ok", 0, 5, 0, "ingestDocument"),
            (invalid.SourceId, "rejected", 0, 0, 2, "ingestDocument"),
            (conflicting.SourceId, "rejected", 0, 0, 1, "ingestDocument"),
        ];
        Assert.Equal(expected.Order(), records);
        Assert.Equal([true, false, false, true], outcomes.Select(o => o.Result.Ok));
    }

    [Fact]
    public async Task The_cli_loads_a_folder_in_batches_reports_the_refused_files_with_paths_and_exits_1()
    {
        var folder = Directory.CreateTempSubdirectory("timeline-bulk-").FullName;
        var first = Owned(new TestDocument());
        var invalid = Invalid();
        var conflicting = Conflicting(first);
        var last = Owned(new TestDocument());
        await File.WriteAllBytesAsync(Path.Combine(folder, "a.json"), first.Bytes());
        // A draft's envelope is loaded as its document; its errors are reported at their path in the file.
        await File.WriteAllTextAsync(Path.Combine(folder, "b.json"), new JsonObject { ["document"] = invalid.Json.DeepClone(), ["notes"] = new JsonArray() }.ToJsonString());
        await File.WriteAllBytesAsync(Path.Combine(folder, "c.json"), conflicting.Bytes());
        await File.WriteAllBytesAsync(Path.Combine(folder, "d.json"), last.Bytes());

        var run = await TimelineCli.RunAsync(Server.Options, "ingest", "--bulk", "--batch-size", "3", folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[batch 1: documents 1-3 of 4] 1 ok, 2 rejected, 12 created, 0 updated", run.Stdout);
        Assert.Contains("[batch 2: documents 4-4 of 4] 1 ok, 0 rejected, 12 created, 0 updated", run.Stdout);
        Assert.Contains("Done: 2 of 4 document(s) loaded, 24 created, 0 updated, 2 rejected.", run.Stdout);
        Assert.Contains($"{Path.Combine(folder, "b.json")}: rejected, nothing written (2 error(s)) (a draft", run.Stderr);
        Assert.Contains("  $.document.entities[1].kind: ", run.Stderr);
        Assert.Contains("  $.document.events[0].date: ", run.Stderr);
        Assert.Contains($"{Path.Combine(folder, "c.json")}: rejected, nothing written (1 error(s)):{Environment.NewLine}  $.entities[1].kind: ", run.Stderr);
        Assert.Contains("bulk: 3/4 document(s), ", run.Stderr);
        Assert.Contains("bulk: 4/4 document(s), ", run.Stderr);
        Assert.Contains("documents/s, ETA ", run.Stderr);
        Assert.Equal(10L, await CountAsync([.. first.Ids, .. last.Ids]));
        Assert.Equal(0L, await CountAsync([.. invalid.Ids, conflicting.SourceId, conflicting.Person]));

        var zero = await TimelineCli.RunAsync(Server.Options, "ingest", "--bulk", "--batch-size", "0", folder);
        Assert.Equal(1, zero.ExitCode);
        Assert.Contains("error: --batch-size must be at least 1 (was 0).", zero.Stderr);
    }

    private static Neo4jTestServer Server => Neo4jTestServer.GetAsync().GetAwaiter().GetResult();
}
