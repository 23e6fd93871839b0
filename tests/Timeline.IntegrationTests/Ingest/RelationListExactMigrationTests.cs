using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>Relation lists written before the exact flag (<see cref="ItemLists.ExactProperty"/>) — perhaps with entries
/// of relations deleted since — are rebuilt from the relations and flagged exact by <c>timeline migrate</c>
/// (<see cref="RelationListExact"/>), entity by entity in batches, a run cut short going on where it stopped; a list that
/// carries the flag, exact or marked, is left as it is; a third migrate applies nothing. The hub is led by 520 people (its
/// list two buckets), and each of the first two has a stale entry: 521 entities, six batches.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class RelationListExactMigrationTests(ScratchNeo4j neo4j) : IAsyncLifetime
{
    private const string Hub = HubLeadersGraph.Hub;

    private static readonly IReadOnlyList<string> People = HubLeadersGraph.People;

    public Task InitializeAsync() => neo4j.EmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Lists_written_before_the_flag_are_rebuilt_exact_and_a_run_cut_short_goes_on_where_it_stopped()
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(RelationListExactMigrationTests));
        await using var db = neo4j.CreateClient();
        var migrator = new SchemaMigrator(client, OntologyModel.Default);
        await migrator.MigrateAsync();
        await HubLeadersGraph.IngestAsync(client);
        Assert.Empty(await ItemListCheck.ProblemsAsync(db, [Hub, People[0], People[1], People[^1]]));

        // The previous model: no flag, the migration not recorded; stale entries in the hub's first bucket and in the first
        // two people's lists (a relation since deleted); the second person's list marked (by a writer since): it stays so.
        await db.RunAsync("MATCH (l:ItemList) WHERE l.key STARTS WITH $prefix REMOVE l.exact",
            new Dictionary<string, object?> { ["prefix"] = RelationLists.ListKey("") });
        var gone = ItemLists.Entry(["LEADS", "person:gone", "", RelationLists.Incoming]);
        var goneFrom = ItemLists.Entry(["ALLIED_WITH", "country:gone", "", RelationLists.Outgoing]);
        await StoredLists.AddEntryFirstAsync(db, RelationLists.ListKey(Hub), gone);
        await StoredLists.AddEntryFirstAsync(db, RelationLists.ListKey(People[0]), goneFrom);
        await StoredLists.AddEntryFirstAsync(db, RelationLists.ListKey(People[1]), goneFrom);
        await db.RunAsync("MATCH (l:ItemList {key: $key}) SET l.exact = false", new Dictionary<string, object?> { ["key"] = RelationLists.ListKey(People[1]) });
        await db.RunAsync("MATCH (m:SchemaMigration {id: $id}) DELETE m", new Dictionary<string, object?> { ["id"] = RelationListExact.Id });

        // Killed after its first batch (entities in id order).
        await HubLeadersGraph.KillAfterFirstBatchAsync(migrator, db, RelationListExact.Id);
        Assert.Equal([true, true, null], await ExactAsync(db, Hub, People[0], People[^1]));

        await HubLeadersGraph.ResumeAsync(migrator, RelationListExact.Id);

        // Every list exact, without its stale entry, and as whole and well-formed as before (the check also finds an
        // exact list's entry whose relation is not there); the marked one as it was.
        Assert.Equal([true, true, true, false], await ExactAsync(db, Hub, People[0], People[^1], People[1]));
        Assert.Empty(await ItemListCheck.ProblemsAsync(db, [Hub, People[0], People[^1]]));
        Assert.Equal(People.Order(StringComparer.Ordinal).Select(p => ItemLists.Entry(["LEADS", p, "", RelationLists.Incoming])), await StoredLists.EntriesAsync(db, RelationLists.ListKey(Hub)));
        Assert.Equal([ItemLists.Entry(["LEADS", Hub, "", RelationLists.Outgoing])], await StoredLists.EntriesAsync(db, RelationLists.ListKey(People[0])));
        Assert.Contains(goneFrom, await StoredLists.EntriesAsync(db, RelationLists.ListKey(People[1])));
        Assert.Empty(await migrator.MigrateAsync());
    }

    private static Task<List<bool?>> ExactAsync(Neo4jClient db, params string[] entities) =>
        StoredLists.ExactAsync(db, [.. entities.Select(RelationLists.ListKey)]);
}
