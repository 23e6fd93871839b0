using System.Net;
using Timeline.Api.Security;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Api;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;
using Timeline.Testing;
using Xunit.Abstractions;

namespace Timeline.IntegrationTests.Faults;

/// <summary>Neo4j killed (SIGKILL) in the middle of a large ingest, on a server of this class's own: the caller gets a clear
/// 503, nothing of the document is in the graph after the restart, the service stays up answering 503 while Neo4j is
/// down, and it recovers by itself — no restart — when Neo4j is back (the failed attempt's audit record included). The same
/// for a retraction, and a correction, killed midway: nothing of it is left.</summary>
public sealed class Neo4jFaultTests(FaultNeo4j neo4j, ITestOutputHelper output) : IClassFixture<FaultNeo4j>
{
    private const string Mutation = "mutation($d: IngestDocumentInput!) { ingestDocument(document: $d) { ok sourceId created errors { path message } } }";

    [Fact]
    public async Task Killing_neo4j_mid_ingest_writes_nothing_and_the_service_recovers_by_itself()
    {
        // JWTs need no database to authenticate, so the same credential works before, during and after the outage.
        var writer = TestJwt.Create("fault-test", ApiKeyRole.Writer);
        var logs = new CapturedLogs();
        await using var host = new TimelineApiFactory(TimelineApiFactory.Settings(neo4j.Options, new Dictionary<string, string?>(TestJwt.Settings)
        {
            ["Neo4j:ConnectTimeout"] = "00:00:02",
            ["Timeline:Limits:IngestTimeout"] = "00:05:00",
        }), logs, bearer: writer);
        using var http = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);

        // The document names an existing entity that a transaction of the test holds: its write request waits on the server
        // for that lock, so it is certainly in flight when Neo4j is killed.
        var held = $"person:fault-held-{Environment.ProcessId}";
        var doc = new GeneratedDocument(entities: 50, events: 50, sharedEntities: [held]);
        var client = (Neo4jClient)host.Services.GetService(typeof(Neo4jClient))!;
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.RequestSending += statements =>
        {
            if (statements.Any(s => s.Text.Contains("MERGE (n:Entity", StringComparison.Ordinal)))
                writing.TrySetResult();
        };
        await using (var setup = neo4j.CreateClient())
        {
            await setup.RunAsync("MERGE (n:Entity:Person {id: $id}) SET n.kind = 'Person', n.name = 'Held by the test'",
                new Dictionary<string, object?> { ["id"] = held });
        }
        var blocking = neo4j.CreateClient();
        var blocker = await blocking.BeginTransactionAsync();
        await blocker.RunAsync("MATCH (n:Entity {id: $id}) SET n.heldByTest = true", new Dictionary<string, object?> { ["id"] = held });

        var pid = await neo4j.PidAsync();
        var ingest = SecuredApi.Send(host, Mutation, new { d = doc.Variable() }, bearer: writer);
        await writing.Task.WaitAsync(Eventually.HangBound);
        output.WriteLine("write statements sent; killing Neo4j");
        await neo4j.KillAsync(pid);
        await blocking.DisposeAsync(); // its transaction died with the server

        var answer = await ingest;
        output.WriteLine($"ingest answered: {answer}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal(["NEO4J_UNAVAILABLE"], answer.ErrorCodes);
        Assert.Contains("unavailable", answer.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("127.0.0.1", answer.Body, StringComparison.Ordinal);

        // Down: the service runs on and says so.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/healthz")).StatusCode);
        var query = await SecuredApi.Send(host, """{ search(text: "generated") { id } }""", bearer: writer);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, query.Status);
        Assert.Equal(["NEO4J_UNAVAILABLE"], query.ErrorCodes);
        // An API key cannot be checked without Neo4j: that is an outage (503), not the caller's fault (401).
        var keyed = await SecuredApi.Send(host, """{ search(text: "generated") { id } }""", apiKey: "tlk_0123456789ab_" + new string('k', 43));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, keyed.Status);
        Assert.Equal(["NEO4J_UNAVAILABLE"], keyed.ErrorCodes);

        // Back: the same host recovers without a restart.
        await neo4j.StartAsync();
        await Eventually.TrueAsync(async () => (await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK,
            "the service to report healthy after Neo4j's restart");

        await using var db = neo4j.CreateClient();
        IEnumerable<string> smallIds = [];
        try
        {
            Assert.Equal(0L, await GraphIds.CountAsync(db, doc.Ids));
            var lookup = await SecuredApi.Send(host, "query($id: ID!) { source(id: $id) { id } }", new { id = doc.SourceId }, bearer: writer);
            Assert.Equal(["NOT_FOUND"], lookup.ErrorCodes);

            // The failed attempt's audit record, kept in memory during the outage, reaches the graph once Neo4j is back.
            var audit = await Eventually.ValueAsync(async () => (await db.RunAsync(
                    "MATCH (a:IngestAudit {sourceId: $id}) RETURN a.outcome AS outcome, a.actor AS actor",
                    new Dictionary<string, object?> { ["id"] = doc.SourceId })).Records.FirstOrDefault(),
                "the failed ingest's audit record to be written");
            Assert.Equal("failed", audit.Get<string>("outcome"));
            Assert.Equal("jwt:fault-test", audit.Get<string>("actor"));

            // And writing works again.
            var small = new GeneratedDocument(entities: 5, events: 5);
            smallIds = small.Ids;
            await IngestedAsync(host, small.Variable(), writer);
            Assert.Equal(small.Ids.LongCount(), await GraphIds.CountAsync(db, small.Ids));
            Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(neo4j.Options.Password, StringComparison.Ordinal));
        }
        finally
        {
            await GraphIds.DeleteAsync(db, doc.Ids.Append(held), doc.SourceId);
            await GraphIds.DeleteAsync(db, smallIds);
        }
    }

    [Fact]
    public async Task Killing_neo4j_mid_retraction_leaves_the_source_and_its_facts_as_they_were()
    {
        var editor = TestJwt.Create("fault-curator", ApiKeyRole.Editor);
        await using var host = EditorHost(editor);
        using var http = host.CreateClient();

        // Two sources report one event; the retracted one alone names a second entity, which a transaction of the test holds,
        // so the retraction's removal request waits on the server and is certainly in flight when Neo4j is killed.
        var tag = $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..20];
        var (kept, retracted, shared, held, evt) = ($"src:fault-kept-{tag}", $"src:fault-retracted-{tag}", $"country:fault-{tag}", $"person:fault-held-{tag}", $"event:fault-{tag}");
        object Document(string source, bool withHeld) => new
        {
            source = new { id = source, title = source, published = "2026-01-09" },
            entities = withHeld
                ? new object[] { new { id = shared, kind = "Country", name = "Faultland" }, new { id = held, kind = "Person", name = "Held" } }
                : new object[] { new { id = shared, kind = "Country", name = "Faultland" } },
            events = new object[] { new { id = evt, type = "Meeting", title = "Meeting", date = "2026-01-05", excerpt = source, participants = new object[] { new { entity = shared, role = "participant" } } } },
        };
        foreach (var (source, withHeld) in new[] { (kept, false), (retracted, true) })
        {
            await IngestedAsync(host, Document(source, withHeld), editor);
        }

        await KillMidwayAsync(host, http, "DETACH DELETE n", "Entity", held, "support removal",
            () => SecuredApi.Send(host, "mutation($id: ID!) { retractSource(id: $id, reason: \"fault test\") { ok } }", new { id = retracted }, bearer: editor));

        await using var db = neo4j.CreateClient();
        try
        {
            // Nothing of the retraction happened: the source stands, the facts keep both sources, no change was recorded.
            var state = (await db.RunAsync("""
                MATCH (s:Source {id: $retracted}) MATCH (e:Event {id: $event}) MATCH (h:Entity {id: $held})
                OPTIONAL MATCH (c:Change {sourceId: $retracted, action: 'RETRACTED'})
                RETURN s.retractedAt AS retractedAt, e.sources AS sources, h.sources AS held, count(c) AS changes
                """, new Dictionary<string, object?> { ["retracted"] = retracted, ["event"] = evt, ["held"] = held })).Single();
            Assert.Null(state.Get<string?>("retractedAt"));
            Assert.Equal([kept, retracted], state.Get<List<string>>("sources"));
            Assert.Equal([retracted], state.Get<List<string>>("held"));
            Assert.Equal(0L, state.Get<long>("changes"));

            // And the retraction goes through once Neo4j is back.
            var again = (await SecuredApi.Send(host, "mutation($id: ID!) { retractSource(id: $id, reason: \"fault test\") { ok } }", new { id = retracted }, bearer: editor)).AssertOk();
            Assert.True(again.Data.GetProperty("retractSource").GetProperty("ok").GetBoolean(), again.Body);
            Assert.Equal(0L, await GraphIds.CountAsync(db, [held]));
        }
        finally
        {
            await GraphIds.DeleteAsync(db, [kept, retracted, shared, held, evt]);
        }
    }

    [Fact]
    public async Task Killing_neo4j_mid_correction_leaves_the_fact_and_its_record_as_they_were()
    {
        var editor = TestJwt.Create("fault-corrector", ApiKeyRole.Editor);
        await using var host = EditorHost(editor);
        using var http = host.CreateClient();

        // The correction makes an entity a participant; a transaction of the test holds that entity, so the correction's write
        // request waits on the server (a new relationship locks both its ends) and is certainly in flight when Neo4j is killed.
        var tag = $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..20];
        var (source, country, held, evt) = ($"src:fault-corrected-{tag}", $"country:fault-{tag}", $"person:fault-held-{tag}", $"event:fault-{tag}");
        await IngestedAsync(host, new
        {
            source = new { id = source, title = source, published = "2026-01-09" },
            entities = new object[] { new { id = country, kind = "Country", name = "Faultland" }, new { id = held, kind = "Person", name = "Held" } },
            events = new object[] { new { id = evt, type = "Meeting", title = "Meeting", date = "2026-01-05", participants = new object[] { new { entity = country, role = "participant" } } } },
        }, editor);

        const string Correct = "mutation($id: ID!, $changes: JSON!) { correctFact(id: $id, changes: $changes, reason: \"fault test\") { ok } }";
        var changes = new { title = "Corrected meeting", participants = new object[] { new { entity = country, role = "participant" }, new { entity = held, role = "participant" } } };
        await KillMidwayAsync(host, http, "MERGE (x)-[p:PARTICIPANT", "Entity", held, "correction's writes",
            () => SecuredApi.Send(host, Correct, new { id = evt, changes }, bearer: editor));

        await using var db = neo4j.CreateClient();
        try
        {
            // Nothing of the correction happened: the title, the participants, no correction node, no change recorded.
            const string State = """
                MATCH (e:Event {id: $event})
                OPTIONAL MATCH (x:Entity)-[:PARTICIPANT]->(e)
                WITH e, collect(x.id) AS participants
                OPTIONAL MATCH (c:Correction {factId: $event})
                WITH e, participants, count(c) AS corrections
                OPTIONAL MATCH (ch:Change {action: 'CORRECTED'}) WHERE $event IN ch.targets
                RETURN e.title AS title, participants, corrections, count(ch) AS changes
                """;
            var state = (await db.RunAsync(State, new Dictionary<string, object?> { ["event"] = evt })).Single();
            Assert.Equal("Meeting", state.Get<string>("title"));
            Assert.Equal([country], state.Get<List<string>>("participants"));
            Assert.Equal(0L, state.Get<long>("corrections"));
            Assert.Equal(0L, state.Get<long>("changes"));

            // And the correction goes through once Neo4j is back.
            var again = (await SecuredApi.Send(host, Correct, new { id = evt, changes }, bearer: editor)).AssertOk();
            Assert.True(again.Data.GetProperty("correctFact").GetProperty("ok").GetBoolean(), again.Body);
            var after = (await db.RunAsync(State, new Dictionary<string, object?> { ["event"] = evt })).Single();
            Assert.Equal("Corrected meeting", after.Get<string>("title"));
            Assert.Equal(new[] { country, held }.Order(StringComparer.Ordinal), after.Get<List<string>>("participants").Order(StringComparer.Ordinal));
        }
        finally
        {
            await GraphIds.DeleteAsync(db, [source, country, held, evt]);
        }
    }

    [Fact]
    public async Task Killing_neo4j_mid_merge_leaves_both_entities_as_they_were()
    {
        var editor = TestJwt.Create("fault-merger", ApiKeyRole.Editor);
        await using var host = EditorHost(editor);
        using var http = host.CreateClient();

        // The merged entity takes part in an event a transaction of the test holds, so the merge's write request (which
        // deletes that participation) waits on the server and is certainly in flight when Neo4j is killed.
        var tag = $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..20];
        var (source, survivor, merged, evt) = ($"src:fault-merge-{tag}", $"person:fault-survivor-{tag}", $"person:fault-merged-{tag}", $"event:fault-merge-{tag}");
        await IngestedAsync(host, new
        {
            source = new { id = source, title = source, published = "2026-01-09" },
            entities = new object[] { new { id = survivor, kind = "Person", name = "Survivor" }, new { id = merged, kind = "Person", name = "Merged" } },
            events = new object[] { new { id = evt, type = "Meeting", title = "Meeting", date = "2026-01-05", participants = new object[] { new { entity = merged, role = "participant" } } } },
        }, editor);

        const string Merge = "mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from, reason: \"fault test\") { ok } }";
        await KillMidwayAsync(host, http, "DETACH DELETE y", "Event", evt, "merge writes",
            () => SecuredApi.Send(host, Merge, new { into = survivor, from = new[] { merged } }, bearer: editor));

        await using var db = neo4j.CreateClient();
        try
        {
            // Nothing of the merge happened: both entities stand, the participation is the merged one's, no id is mapped,
            // no snapshot or change was written.
            var state = (await db.RunAsync("""
                MATCH (x:Entity {id: $survivor}) MATCH (y:Entity {id: $merged})
                WITH x, [(y)-[:PARTICIPANT]->(e) | e.id] AS events
                OPTIONAL MATCH (m:MergedId {id: $merged})
                OPTIONAL MATCH (c:Change {action: 'MERGED'}) WHERE $merged IN c.targets
                RETURN x.aliases AS aliases, events, count(m) AS mapped, count(c) AS changes
                """, new Dictionary<string, object?> { ["survivor"] = survivor, ["merged"] = merged })).Single();
            Assert.Empty(state.Get<List<string>>("aliases"));
            Assert.Equal([evt], state.Get<List<string>>("events"));
            Assert.Equal(0L, state.Get<long>("mapped"));
            Assert.Equal(0L, state.Get<long>("changes"));
            Assert.Equal(0L, (await db.RunAsync("MATCH (s:MergeSnapshot) WHERE s.id IN $ids RETURN count(s) AS n",
                new Dictionary<string, object?> { ["ids"] = new List<object?> { survivor, merged } })).Single().Get<long>("n"));

            // And the merge goes through once Neo4j is back.
            var again = (await SecuredApi.Send(host, Merge, new { into = survivor, from = new[] { merged } }, bearer: editor)).AssertOk();
            Assert.True(again.Data.GetProperty("mergeEntities").GetProperty("ok").GetBoolean(), again.Body);
            Assert.Equal(0L, await GraphIds.CountAsync(db, [merged]));
        }
        finally
        {
            await GraphIds.DeleteAsync(db, [source, survivor, merged, evt]);
        }
    }

    // An API host whose requests carry an editor's JWT, with a short connect timeout (the test kills Neo4j under it).
    // Sends an ingest document as the given caller and checks that it was accepted.
    private static async Task IngestedAsync(TimelineApiFactory host, object document, string bearer)
    {
        var ingest = (await SecuredApi.Send(host, Mutation, new { d = document }, bearer: bearer)).AssertOk();
        Assert.True(ingest.Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean(), ingest.Body);
    }

    private TimelineApiFactory EditorHost(string editor) =>
        new(TimelineApiFactory.Settings(neo4j.Options, new Dictionary<string, string?>(TestJwt.Settings) { ["Neo4j:ConnectTimeout"] = "00:00:02" }),
            new CapturedLogs(), bearer: editor);

    // Sends a curation while a transaction of the test holds the write lock of (:label {id}), so that the curation's request
    // whose Cypher contains marker waits on the server; kills Neo4j once that request is on its way (it is then certainly
    // in flight), checks the curation answered NEO4J_UNAVAILABLE, and starts Neo4j again, the service healthy.
    private async Task KillMidwayAsync(TimelineApiFactory host, HttpClient http, string marker, string label, string id, string what,
        Func<Task<GraphQLResponse>> send)
    {
        var client = (Neo4jClient)host.Services.GetService(typeof(Neo4jClient))!;
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.RequestSending += statements =>
        {
            if (statements.Any(s => s.Text.Contains(marker, StringComparison.Ordinal)))
                sent.TrySetResult();
        };
        var blocking = neo4j.CreateClient();
        var blocker = await blocking.BeginTransactionAsync();
        await blocker.RunAsync($"MATCH (n:{label} {{id: $id}}) SET n.heldByTest = true", new Dictionary<string, object?> { ["id"] = id });

        var pid = await neo4j.PidAsync();
        var curation = send();
        await sent.Task.WaitAsync(Eventually.HangBound);
        output.WriteLine($"{what} sent; killing Neo4j");
        await neo4j.KillAsync(pid);
        await blocking.DisposeAsync();

        Assert.Equal(["NEO4J_UNAVAILABLE"], (await curation).ErrorCodes);
        await neo4j.StartAsync();
        await Eventually.TrueAsync(async () => (await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK,
            "the service to report healthy after Neo4j's restart");
    }
}
