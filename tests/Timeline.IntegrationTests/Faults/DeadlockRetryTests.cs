using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;
using Timeline.Testing;
using Timeline.Testing.Neo4j;
using Xunit.Abstractions;

namespace Timeline.IntegrationTests.Faults;

/// <summary>A real deadlock between two ingests: the victim's transaction is run again and both documents land whole; the
/// callers only see success.</summary>
public sealed class DeadlockRetryTests(SecuredApi api, ITestOutputHelper output) : IClassFixture<SecuredApi>
{
    private const string Mutation = "mutation($d: IngestDocumentInput!) { ingestDocument(document: $d) { ok created errors { message } } }";

    [Fact]
    public async Task Two_ingests_that_deadlock_both_land_whole_the_victim_after_running_again()
    {
        // Both writes start together, and each holds its own entity for the seconds its events take before it needs the
        // other's: they deadlock unless one write started that much later than the other (a very busy machine). Such a
        // round is still checked, then arranged again with fresh ids.
        for (var round = 1; round <= 3; round++)
        {
            if (await DeadlockedRoundAsync())
                return;
            output.WriteLine($"round {round}: the two writes did not overlap, so nothing deadlocked; arranging it again");
        }
        Assert.Fail("In 3 rounds the two ingests never deadlocked.");
    }

    /// <summary>Document 1 defines A (an existing entity, so writing it locks it, early in the write) and names B only as a
    /// participant, which is written after its 1000 events; document 2 the other way round. Returns whether they deadlocked.</summary>
    private async Task<bool> DeadlockedRoundAsync()
    {
        var tag = TestIds.New("").Replace("test-", "");
        string a = $"person:deadlock-{tag}-a", b = $"person:deadlock-{tag}-b";
        var first = Document($"dl1-{tag}", defines: (a, "Deadlock A"), refersTo: b);
        var second = Document($"dl2-{tag}", defines: (b, "Deadlock B"), refersTo: a);
        var ids = first.Ids.Concat(second.Ids).Append(a).Append(b).ToList();
        var db = api.Server.Client;
        await db.RunAsync("CREATE (:Entity:Person {id: $a, kind: 'Person', name: 'Deadlock A'}), (:Entity:Person {id: $b, kind: 'Person', name: 'Deadlock B'})",
            new Dictionary<string, object?> { ["a"] = a, ["b"] = b });
        await using var host = new TimelineApiFactory(TimelineApiFactory.Settings(api.Server.Options, new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxRequestBytes"] = "50000000",
            // Limits that only bound a hang: a busy machine may take minutes for two documents, one of them twice.
            ["Timeline:Limits:IngestTimeout"] = "00:10:00",
        }));

        // Write attempts per document; the first attempt of each waits for the other's at the start line.
        var attempts = new ConcurrentDictionary<string, int>();
        using var startLine = new Barrier(2);
        ((Neo4jClient)host.Services.GetService(typeof(Neo4jClient))!).RequestSending += statements =>
        {
            if (!statements.Any(s => s.Text.Contains("MERGE (n:Entity", StringComparison.Ordinal)))
                return;
            var source = statements.Select(s => s.Parameters?.GetValueOrDefault("sourceId")).OfType<string>().First();
            if (attempts.AddOrUpdate(source, 1, (_, n) => n + 1) == 1 && !startLine.SignalAndWait(Eventually.HangBound))
                throw new TimeoutException("The other ingest never reached its write.");
        };

        try
        {
            var answers = await Task.WhenAll(
                SecuredApi.Send(host, Mutation, new { d = first.Variable() }, apiKey: api.WriterKey),
                SecuredApi.Send(host, Mutation, new { d = second.Variable() }, apiKey: api.WriterKey));
            foreach (var answer in answers)
            {
                Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
                Assert.True(answer.AssertOk().Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean(), answer.Body);
            }
            output.WriteLine($"write attempts: {string.Join(", ", attempts.Select(kv => $"{kv.Key} {kv.Value}"))}");

            // Whole, deadlock or not: every node, and each document's participants on the other's entity.
            Assert.Equal(ids.LongCount(), await GraphIds.CountAsync(db, ids));
            Assert.True(await ParticipationsAsync(db, b, first.SourceId) > 0);
            Assert.True(await ParticipationsAsync(db, a, second.SourceId) > 0);
            if (attempts.Values.All(n => n == 1))
                return false;
            // One victim, run again once the other had committed; the other ran once.
            Assert.Equal([1, 2], attempts.Values.Order());
            return true;
        }
        finally
        {
            await GraphIds.DeleteAsync(db, first.Ids, first.SourceId);
            await GraphIds.DeleteAsync(db, second.Ids, second.SourceId);
            await GraphIds.DeleteAsync(db, [a, b]);
        }
    }

    private static GeneratedDocument Document(string tag, (string Id, string Name) defines, string refersTo)
    {
        var doc = new GeneratedDocument(entities: 1, events: 1000, tag: tag, sharedEntities: [refersTo]);
        doc.Json["entities"]!.AsArray().Add(new JsonObject { ["id"] = defines.Id, ["kind"] = "Person", ["name"] = defines.Name });
        return doc;
    }

    private static async Task<long> ParticipationsAsync(Neo4jClient db, string entity, string sourceId) =>
        (await db.RunAsync("MATCH (:Entity {id: $entity})-[p:PARTICIPANT]->(:Event)-[:REPORTED_IN]->(:Source {id: $source}) RETURN count(p) AS n",
            new Dictionary<string, object?> { ["entity"] = entity, ["source"] = sourceId })).Single().Get<long>("n");
}
