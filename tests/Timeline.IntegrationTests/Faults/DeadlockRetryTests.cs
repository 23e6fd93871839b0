using System.Diagnostics;
using System.Text.Json.Nodes;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Api;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Xunit.Abstractions;

namespace Timeline.IntegrationTests.Faults;

/// <summary>A real deadlock inside an ingest transaction, arranged so that the ingest is Neo4j's victim, is retried: the
/// document lands whole on the second attempt, and the caller only sees success.</summary>
public sealed class DeadlockRetryTests(SecuredApi api, ITestOutputHelper output) : IClassFixture<SecuredApi>
{
    [Fact]
    public async Task An_ingest_that_loses_a_deadlock_is_run_again_and_lands_whole()
    {
        // Which transaction Neo4j aborts depends on timing: the one that closes the wait cycle. When that is the test's own
        // blocker, this try proves nothing about the ingest's retry, so the scenario is arranged again with fresh ids.
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            if (await IngestLostTheDeadlockAsync())
                return;
            output.WriteLine($"try {attempt}: the blocker, not the ingest, was Neo4j's deadlock victim; arranging it again");
        }
        Assert.Fail("In 3 tries Neo4j never chose the ingest as the deadlock victim.");
    }

    private async Task<bool> IngestLostTheDeadlockAsync()
    {
        var tag = TestIds.New("").Replace("test-", "");
        string a = $"person:deadlock-{tag}-a", b = $"person:deadlock-{tag}-b";
        var doc = new GeneratedDocument(entities: 1, events: 6000, tag: $"dl-{tag}", sharedEntities: [b]);
        // The document defines A (an existing node, so its entity statement locks it) and refers to B only in participants,
        // which come after thousands of events: a window of seconds between locking A and needing B. (Timing-based, with
        // margins of seconds on both sides: Neo4j 3.1 shows no lock holders to wait for.)
        doc.Json["entities"]!.AsArray().Add(new JsonObject { ["id"] = a, ["kind"] = "Person", ["name"] = "Deadlock A" });
        var ids = doc.Ids.Append(a).Append(b).ToList();
        var db = api.Server.Client;
        await db.RunAsync("CREATE (:Entity:Person {id: $a, kind: 'Person', name: 'Deadlock A'}), (:Entity:Person {id: $b, kind: 'Person', name: 'Deadlock B'})",
            new Dictionary<string, object?> { ["a"] = a, ["b"] = b });
        await using var host = new TimelineApiFactory(TimelineApiFactory.Settings(api.Server.Options, new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxRequestBytes"] = "50000000",
        }));
        var client = (Neo4jClient)host.Services.GetService(typeof(Neo4jClient))!;
        var attempts = 0;
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.RequestSending += statements =>
        {
            if (statements.Any(s => s.Text.Contains("OPTIONAL MATCH (v:Event {id: id})", StringComparison.Ordinal)))
                Interlocked.Increment(ref attempts);
            if (statements.Any(s => s.Text.Contains("MERGE (n:Entity", StringComparison.Ordinal)))
                writing.TrySetResult();
        };

        try
        {
            await using var blocker = await db.BeginTransactionAsync();
            await blocker.RunAsync("MATCH (n:Entity {id: $id}) SET n.heldByTest = true", new Dictionary<string, object?> { ["id"] = b });

            var ingest = SecuredApi.Send(host, "mutation($d: IngestDocumentInput!) { ingestDocument(document: $d) { ok created errors { message } } }",
                new { d = doc.Variable() }, apiKey: api.WriterKey);
            await writing.Task.WaitAsync(TimeSpan.FromMinutes(1));
            await Task.Delay(1500); // the ingest holds A now and is writing its events (for seconds: 6000 of them)
            var clock = Stopwatch.StartNew();
            // Waits for A; when the ingest then asks for B, Neo4j finds the cycle and aborts the ingest's transaction.
            try
            {
                await blocker.RunAsync("MATCH (n:Entity {id: $id}) SET n.heldByTest = true", new Dictionary<string, object?> { ["id"] = a });
            }
            catch (Neo4jTransientException)
            {
                var unplanned = (await ingest).AssertOk().Data.GetProperty("ingestDocument");
                Assert.True(unplanned.GetProperty("ok").GetBoolean(), unplanned.ToString());
                return false;
            }
            output.WriteLine($"the blocker got A after {clock.ElapsedMilliseconds} ms");
            await blocker.RollbackAsync();

            var result = (await ingest).AssertOk().Data.GetProperty("ingestDocument");
            Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
            output.WriteLine($"write attempts: {attempts}");
            Assert.True(attempts >= 2, $"Expected the ingest to be retried after losing the deadlock; it ran {attempts} time(s).");
            Assert.Equal(doc.Ids.LongCount() + 2, await GraphIds.CountAsync(db, ids));
            var participants = (await db.RunAsync("MATCH (:Entity {id: $b})-[p:PARTICIPANT]->(:Event) RETURN count(p) AS n",
                new Dictionary<string, object?> { ["b"] = b })).Single().Get<long>("n");
            Assert.True(participants > 0);
            Assert.Equal(0L, (await db.RunAsync("MATCH (n:Entity) WHERE n.id IN [$a, $b] AND n.heldByTest IS NOT NULL RETURN count(n) AS n",
                new Dictionary<string, object?> { ["a"] = a, ["b"] = b })).Single().Get<long>("n"));
            return true;
        }
        finally
        {
            await GraphIds.DeleteAsync(db, ids, doc.SourceId);
        }
    }
}
