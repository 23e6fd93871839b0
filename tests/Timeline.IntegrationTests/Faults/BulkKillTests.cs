using System.Text.Json;
using Timeline.Core.Audit;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Neo4j;
using Timeline.Testing;
using Timeline.Testing.Project;
using Xunit.Abstractions;

namespace Timeline.IntegrationTests.Faults;

/// <summary>Neo4j killed (SIGKILL) in the middle of a bulk load's second batch, on the private scratch server (the test's alone
/// while it runs; started again before it ends): the first batch stays whole, nothing of the second is in the graph after the
/// restart, and the second batch's documents are audited as failed once Neo4j is back.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class BulkKillTests(ScratchNeo4j server, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Held = "person:held";
    private const string Actor = "test:bulk-kill";

    public async Task InitializeAsync()
    {
        await server.EmptyAsync();
        await using var client = server.CreateClient();
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    // A document of its own source, entity and event; the last one also names the entity the test holds.
    private static BulkDocument Document(int n, bool naming) => new($"{n}.json", JsonSerializer.SerializeToUtf8Bytes(new
    {
        source = new { id = $"src:{n}", title = $"Report {n}", published = "2026-01-10" },
        entities = naming
            ? new object[] { new { id = $"person:{n}", kind = "Person", name = $"Person {n}" }, new { id = Held, kind = "Person", name = "Held" } }
            : [new { id = $"person:{n}", kind = "Person", name = $"Person {n}" }],
        events = new object[] { new { id = $"event:{n}", type = "Meeting", title = $"Meeting {n}", date = "2026-01-05", excerpt = $"{n}: met",
            participants = new object[] { new { entity = $"person:{n}", role = "participant" } } } },
    }));

    [Fact]
    public async Task Killing_neo4j_mid_batch_leaves_nothing_of_that_batch_and_the_earlier_batch_whole()
    {
        await using (var setup = server.CreateClient())
        {
            var held = await new IngestionService(setup, OntologyModel.Default, IngestLimits.Default)
                .IngestAsync(JsonSerializer.SerializeToUtf8Bytes(new { source = new { id = "src:held", title = "Held", published = "2026-01-09" }, entities = new[] { new { id = Held, kind = "Person", name = "Held" } } }));
            Assert.True(held.Ok, string.Join("; ", held.Errors));
        }

        // The fourth document names the entity a transaction of the test holds: a request of its own waits for that lock (or is
        // on its way) when Neo4j is killed, after the third document's writes went into the batch's transaction.
        var client = ProjectCypher.Observe(server.CreateClient(), nameof(BulkKillTests));
        var naming = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.RequestSending += statements =>
        {
            if (statements.Any(s => JsonSerializer.Serialize(s.Parameters).Contains($"\"{Held}\"", StringComparison.Ordinal)))
                naming.TrySetResult();
        };
        var blocking = server.CreateClient();
        var blocker = await blocking.BeginTransactionAsync();
        await blocker.RunAsync("MATCH (n:Entity {id: $id}) SET n.heldByTest = true", new Dictionary<string, object?> { ["id"] = Held });

        var audit = new IngestAuditLog(client);
        var bulk = new BulkIngestion(client, new IngestionService(client, OntologyModel.Default, IngestLimits.Default), audit);
        var landed = new List<BulkOutcome>();
        var pid = await server.PidAsync();
        var loading = Task.Run(async () =>
        {
            await foreach (var outcome in bulk.IngestAsync([Document(1, false), Document(2, false), Document(3, false), Document(4, true)], Actor, batchSize: 2))
                landed.Add(outcome);
        });
        await naming.Task.WaitAsync(Eventually.HangBound);
        output.WriteLine("the fourth document's request sent; killing Neo4j");
        await server.KillAsync(pid);
        await blocking.DisposeAsync(); // its transaction died with the server

        await Assert.ThrowsAnyAsync<Neo4jException>(() => loading);
        Assert.Equal(["1.json", "2.json"], landed.Select(o => o.Document.Name));
        Assert.Equal(2, audit.PendingCount); // the failed batch's records, kept while Neo4j is down

        await server.StartAsync();
        await Eventually.TrueAsync(async () =>
        {
            await audit.FlushAsync();
            return audit.PendingCount == 0;
        }, "the kept audit records to be written once Neo4j is back");
        await client.DisposeAsync();

        await using var db = server.CreateClient();
        var ids = await db.RunAsync("MATCH (n) WHERE n.id STARTS WITH 'src:' OR n.id STARTS WITH 'person:' OR n.id STARTS WITH 'event:' RETURN n.id AS id ORDER BY id", null);
        Assert.Equal(["event:1", "event:2", "person:1", "person:2", Held, "src:1", "src:2", "src:held"], ids.Records.Select(r => r.Get<string>("id")));
        var changes = await db.RunAsync($"MATCH (c:{GraphLabels.Change}) RETURN c.sourceId AS source ORDER BY source", null);
        Assert.Equal(["src:1", "src:2", "src:held"], changes.Records.Select(r => r.Get<string>("source")));
        var audited = await db.RunAsync($"MATCH (a:{GraphLabels.IngestAudit} {{actor: $actor}}) RETURN a.sourceId + ' ' + a.outcome AS record ORDER BY record",
            new Dictionary<string, object?> { ["actor"] = Actor });
        Assert.Equal(["src:1 ok", "src:2 ok", "src:3 failed", "src:4 failed"], audited.Records.Select(r => r.Get<string>("record")));
    }
}
