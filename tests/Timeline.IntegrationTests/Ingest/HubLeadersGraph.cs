using System.Text;
using System.Text.Json.Nodes;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Neo4j;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>What the relation-list migration tests share: a hub led by 520 people (521 entities, six batches of
/// <see cref="RelationListBuild.BatchSize"/>; the hub's list two buckets), and a migration walking them killed after its
/// first batch, then resumed.</summary>
internal static class HubLeadersGraph
{
    public const string Hub = "country:hubland";

    public static readonly IReadOnlyList<string> People = [.. Enumerable.Range(0, 520).Select(i => $"person:leader-{i:D3}")];

    // The entities in the order the migrations walk them.
    private static readonly List<string> Entities = [.. People.Append(Hub).Order(StringComparer.Ordinal)];

    /// <summary>Ingests the hub, its leaders and their LEADS relations.</summary>
    public static async Task IngestAsync(Neo4jClient client)
    {
        var document = new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = "src:hub-leaders", ["title"] = "Hub leaders", ["published"] = "2026-01-09" },
            ["entities"] = new JsonArray([.. People.Select(p => (JsonNode)new JsonObject { ["id"] = p, ["kind"] = "Person", ["name"] = "Leader " + p[^3..] }),
                new JsonObject { ["id"] = Hub, ["kind"] = "Country", ["name"] = "Hubland" }]),
            ["relations"] = new JsonArray([.. People.Select(p => (JsonNode)new JsonObject { ["type"] = "LEADS", ["from"] = p, ["to"] = Hub })]),
        };
        var result = await new IngestionService(client, OntologyModel.Default, IngestLimits.Default).IngestAsync(Encoding.UTF8.GetBytes(document.ToJsonString()));
        Assert.True(result.Ok, string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
    }

    /// <summary>Runs the migrations with <paramref name="id"/> pending, killed as its first batch reports (the client is
    /// cancelled then): the migration is not applied, and its record says to go on after that batch's last entity.</summary>
    public static async Task KillAfterFirstBatchAsync(SchemaMigrator migrator, Neo4jClient db, string id)
    {
        using var cut = new CancellationTokenSource();
        var first = new List<MigrationProgress>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => migrator.MigrateAsync(cut.Token, new ReportedProgress(p => { first.Add(p); cut.Cancel(); })));
        var record = (await db.RunAsync("MATCH (m:SchemaMigration {id: $id}) RETURN m.appliedAt AS at, m.resumeAfter AS after",
            new Dictionary<string, object?> { ["id"] = id })).Records.Single();
        Assert.Null(record.Get<string?>("at"));
        Assert.Equal(BatchedWalk.Position(GraphLabels.Entity, Entities[RelationListBuild.BatchSize - 1]), record.Get<string>("after"));
        Assert.Equal((RelationListBuild.BatchSize, (long)Entities.Count), (Assert.Single(first).Done, first[0].Total));
    }

    /// <summary>Runs the migrations again: <paramref name="id"/> is applied, walking only the entities after the first batch.</summary>
    public static async Task ResumeAsync(SchemaMigrator migrator, string id)
    {
        var rest = new List<MigrationProgress>();
        Assert.Equal([id], await migrator.MigrateAsync(progress: new ReportedProgress(rest.Add)));
        Assert.Equal((long)(Entities.Count - RelationListBuild.BatchSize), rest[^1].Total);
        Assert.Equal(rest[^1].Total, rest[^1].Done);
    }
}
