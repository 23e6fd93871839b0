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
    private const string Hub = HubLeadersGraph.Hub;

    private static readonly IReadOnlyList<string> People = HubLeadersGraph.People;

    public Task InitializeAsync() => neo4j.EmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_graph_written_before_the_relation_lists_gets_them_and_a_build_cut_short_goes_on_where_it_stopped()
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(RelationListMigrationTests));
        await using var db = neo4j.CreateClient();
        var migrator = new SchemaMigrator(client, OntologyModel.Default);
        await migrator.MigrateAsync();
        await HubLeadersGraph.IngestAsync(client);
        Assert.Empty(await ItemListCheck.ProblemsAsync(db, [Hub, People[0], People[^1]]));

        // The previous model: no relation list, the migration not recorded.
        await db.RunAsync("MATCH (n) WHERE (n:ItemList OR n:ItemBucket) AND n.key STARTS WITH $prefix DELETE n",
            new Dictionary<string, object?> { ["prefix"] = RelationLists.ListKey("") });
        await db.RunAsync("MATCH (m:SchemaMigration {id: $id}) DELETE m", new Dictionary<string, object?> { ["id"] = RelationListBuild.Id });
        Assert.NotEmpty(await ItemListCheck.ProblemsAsync(db, [Hub, People[0], People[^1]]));

        // Killed after its first batch (entities in id order).
        await HubLeadersGraph.KillAfterFirstBatchAsync(migrator, db, RelationListBuild.Id);

        await HubLeadersGraph.ResumeAsync(migrator, RelationListBuild.Id);
        Assert.Empty(await ItemListCheck.ProblemsAsync(db, [Hub, People[0], People[^1]]));
        var listed = (await db.RunAsync("MATCH (l:ItemList {key: $key}) RETURN reduce(n = 0, s IN l.sizes | n + s) AS n",
            new Dictionary<string, object?> { ["key"] = RelationLists.ListKey(Hub) })).Records.Single().Get<long>("n");
        Assert.Equal(People.Count, listed);
        Assert.Empty(await migrator.MigrateAsync());
    }
}
