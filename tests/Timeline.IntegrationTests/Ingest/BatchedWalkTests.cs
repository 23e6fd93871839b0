using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Neo4j;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>A migration's walk (<see cref="BatchedWalk"/>) reads many batches per query: every node of its labels once, in
/// id order, a batch per request with its position, and a walk resumed from a saved position goes on from there.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class BatchedWalkTests(ScratchNeo4j neo4j) : IAsyncLifetime
{
    public Task InitializeAsync() => neo4j.EmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_node_is_walked_once_in_order_across_reads_and_a_resumed_walk_goes_on_from_its_position()
    {
        await using var client = neo4j.CreateClient();
        // 23 entities and 3 events, batches of 2 read 4 at a time (5 rounded down to whole batches): several reads per label,
        // the last one short.
        var entities = Enumerable.Range(0, 23).Select(i => $"person:walk-{i:D2}").ToList();
        var events = Enumerable.Range(0, 3).Select(i => $"event:walk-{i:D2}").ToList();
        await client.RunAsync($"UNWIND $ids AS id CREATE (:{GraphLabels.Entity} {{{GraphProperties.Id}: id}})", new Dictionary<string, object?> { ["ids"] = entities });
        await client.RunAsync($"UNWIND $ids AS id CREATE (:{GraphLabels.Event} {{{GraphProperties.Id}: id}})", new Dictionary<string, object?> { ["ids"] = events });

        var (walked, positions) = await WalkAsync(client, null);

        var batches = entities.Chunk(2).Concat(events.Chunk(2)).ToList();
        Assert.Equal([.. entities, .. events], walked.SelectMany(b => b));
        Assert.Equal(batches.Select(b => b.Length), walked.Select(b => b.Count));
        Assert.Equal(batches.Select((b, i) => BatchedWalk.Position(i < 12 ? GraphLabels.Entity : GraphLabels.Event, b[^1])), positions);

        // Resumed after the seventh batch (entity 13): the rest, from entity 14.
        var (rest, _) = await WalkAsync(client, positions[6]);
        Assert.Equal([.. entities.Skip(14), .. events], rest.SelectMany(b => b));
    }

    private static async Task<(List<List<string>> Batches, List<string> Positions)> WalkAsync(Neo4jClient client, string? resumeAfter)
    {
        var batches = new List<List<string>>();
        var positions = new List<string>();
        var walk = new BatchedWalk("test nodes", [GraphLabels.Entity, GraphLabels.Event], "", batch =>
        {
            batches.Add([.. batch.Select(r => r.Get<string>("id"))]);
            return [];
        }) { BatchSize = 2, ReadSize = 5 };
        await walk.Step(client, resumeAfter, position =>
        {
            positions.Add(position);
            return new Statement("RETURN $position AS position", new Dictionary<string, object?> { ["position"] = position });
        }, null, CancellationToken.None);
        return (batches, positions);
    }
}
