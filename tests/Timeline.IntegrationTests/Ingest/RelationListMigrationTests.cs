using System.Text;
using System.Text.Json.Nodes;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>A graph written before the relation lists (<see cref="RelationLists"/>) gets them from <c>timeline migrate</c>,
/// entity by entity in batches — a build cut short goes on where it stopped — until every relation is listed in both
/// ends' lists; a third migrate applies nothing. (That a page is the same with the list or without it is
/// <c>RelationListTests</c>' part.) The hub is led by 520 people: 521 entities, six batches.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class RelationListMigrationTests(ScratchNeo4j neo4j) : IAsyncLifetime
{
    private const string Hub = "country:hubland";

    private static readonly List<string> People = [.. Enumerable.Range(0, 520).Select(i => $"person:leader-{i:D3}")];

    public Task InitializeAsync() => neo4j.EmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_graph_written_before_the_relation_lists_gets_them_and_a_build_cut_short_goes_on_where_it_stopped()
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(RelationListMigrationTests));
        await using var db = neo4j.CreateClient();
        var migrator = new SchemaMigrator(client, OntologyModel.Default);
        await migrator.MigrateAsync();
        await IngestAsync(client);
        Assert.Empty(await ItemListCheck.ProblemsAsync(db, [Hub, People[0], People[^1]]));

        // The previous model: no relation list, the migration not recorded.
        await db.RunAsync("MATCH (n) WHERE (n:ItemList OR n:ItemBucket) AND n.key STARTS WITH $prefix DELETE n",
            new Dictionary<string, object?> { ["prefix"] = RelationLists.ListKey("") });
        await db.RunAsync("MATCH (m:SchemaMigration {id: $id}) DELETE m", new Dictionary<string, object?> { ["id"] = RelationListBuild.Id });
        Assert.NotEmpty(await ItemListCheck.ProblemsAsync(db, [Hub, People[0], People[^1]]));

        // Killed after its first batch (entities in id order): the client is cancelled as that batch reports.
        using var cut = new CancellationTokenSource();
        var first = new List<MigrationProgress>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => migrator.MigrateAsync(cut.Token, new ReportedProgress(p => { first.Add(p); cut.Cancel(); })));
        var record = (await db.RunAsync("MATCH (m:SchemaMigration {id: $id}) RETURN m.appliedAt AS at, m.resumeAfter AS after",
            new Dictionary<string, object?> { ["id"] = RelationListBuild.Id })).Records.Single();
        Assert.Null(record.Get<string?>("at"));
        var entities = People.Append(Hub).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(BatchedWalk.Position(GraphLabels.Entity, entities[RelationListBuild.BatchSize - 1]), record.Get<string>("after"));
        Assert.Equal((RelationListBuild.BatchSize, (long)entities.Count), (Assert.Single(first).Done, first[0].Total));

        var rest = new List<MigrationProgress>();
        Assert.Equal([RelationListBuild.Id], await migrator.MigrateAsync(progress: new ReportedProgress(rest.Add)));
        Assert.Equal((long)(entities.Count - RelationListBuild.BatchSize), rest[^1].Total);
        Assert.Equal(rest[^1].Total, rest[^1].Done);
        Assert.Empty(await ItemListCheck.ProblemsAsync(db, [Hub, People[0], People[^1]]));
        var listed = (await db.RunAsync("MATCH (l:ItemList {key: $key}) RETURN reduce(n = 0, s IN l.sizes | n + s) AS n",
            new Dictionary<string, object?> { ["key"] = RelationLists.ListKey(Hub) })).Records.Single().Get<long>("n");
        Assert.Equal(People.Count, listed);
        Assert.Empty(await migrator.MigrateAsync());
    }

    private static async Task IngestAsync(Neo4jClient client)
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
}
