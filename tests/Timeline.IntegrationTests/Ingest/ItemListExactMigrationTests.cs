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

/// <summary>Item lists written before the exact flag (<see cref="ItemLists.ExactProperty"/>) — perhaps with entries of items
/// deleted since — are rebuilt from the items and flagged exact by <c>timeline migrate</c> (<see cref="ItemListExact"/>),
/// anchor by anchor in batches, a run cut short going on where it stopped; a list that carries the flag, exact or marked, is
/// left as it is; a third migrate applies nothing. The hub takes part in 130 events and a speaker says three things about it
/// (one also about the last event): 135 anchors, four batches of at most 100 (two entities, 100 and 30 events, three
/// statements).</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class ItemListExactMigrationTests(ScratchNeo4j neo4j) : IAsyncLifetime
{
    private const string Hub = "country:itemland";
    private const string Speaker = "person:item-speaker";

    private static readonly IReadOnlyList<string> Events = [.. Enumerable.Range(0, 130).Select(i => $"event:item-{i:D3}")];

    private static readonly IReadOnlyList<string> Statements = [.. Enumerable.Range(0, 3).Select(i => $"stmt:item-{i}")];

    public Task InitializeAsync() => neo4j.EmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Lists_written_before_the_flag_are_rebuilt_exact_and_a_run_cut_short_goes_on_where_it_stopped()
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(ItemListExactMigrationTests));
        await using var db = neo4j.CreateClient();
        var migrator = new SchemaMigrator(client, OntologyModel.Default);
        await migrator.MigrateAsync();
        await IngestAsync(client);
        Assert.Empty(await ItemListCheck.ProblemsAsync(db, [Hub, Speaker]));
        var timeline = await StoredLists.EntriesAsync(db, ItemListKind.Involving.ListKey(Hub));
        var about = await StoredLists.EntriesAsync(db, ItemListKind.About.ListKey(Hub));
        Assert.Equal(Events.Count + Statements.Count, timeline.Count);
        Assert.Equal(Statements.Count, about.Count);

        // The previous model: no flag on the item lists, the migration not recorded; a stale entry (an item since deleted)
        // first in the hub's two lists; the speaker's timeline marked (by a writer since): it stays so.
        await db.RunAsync("MATCH (l:ItemList) WHERE any(prefix IN $prefixes WHERE l.key STARTS WITH prefix) REMOVE l.exact",
            new Dictionary<string, object?> { ["prefixes"] = ItemListKind.All.Select(k => k.ListKey("")).ToList() });
        var gone = ItemLists.Entry(["2020-01-01T00:00:00Z", "2020-01-01T23:59:59Z", "event:gone"]);
        await StoredLists.AddEntryFirstAsync(db, ItemListKind.Involving.ListKey(Hub), gone);
        await StoredLists.AddEntryFirstAsync(db, ItemListKind.About.ListKey(Hub), gone);
        await db.RunAsync("MATCH (l:ItemList {key: $key}) SET l.exact = false", new Dictionary<string, object?> { ["key"] = ItemListKind.Involving.ListKey(Speaker) });
        await db.RunAsync("MATCH (m:SchemaMigration {id: $id}) DELETE m", new Dictionary<string, object?> { ["id"] = ItemListExact.Id });

        // Killed after its first batch (label by label in id order, batches within a label: the hub and the speaker first,
        // then the events, then the statements).
        using (var cut = new CancellationTokenSource())
        {
            var first = new List<MigrationProgress>();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => migrator.MigrateAsync(cut.Token, new ReportedProgress(p => { first.Add(p); cut.Cancel(); })));
            Assert.Equal((2L, 135L), (Assert.Single(first).Done, first[0].Total));
        }
        Assert.Equal([true, true, null], await StoredLists.ExactAsync(db, ItemListKind.Involving.ListKey(Hub), ItemListKind.About.ListKey(Hub), ItemListKind.About.ListKey(Events[^1])));

        var rest = new List<MigrationProgress>();
        Assert.Equal([ItemListExact.Id], await migrator.MigrateAsync(progress: new ReportedProgress(rest.Add)));
        Assert.Equal((133L, 133L), (rest[^1].Done, rest[^1].Total));

        // Every list exact, without its stale entry, holding what it held before (the check also finds an exact list's entry
        // whose item is not there); the marked one as it was.
        Assert.Equal([true, true, true, false], await StoredLists.ExactAsync(db, ItemListKind.Involving.ListKey(Hub), ItemListKind.About.ListKey(Hub),
            ItemListKind.About.ListKey(Events[^1]), ItemListKind.Involving.ListKey(Speaker)));
        Assert.Empty(await ItemListCheck.ProblemsAsync(db, [Hub, Speaker]));
        Assert.Equal(timeline, await StoredLists.EntriesAsync(db, ItemListKind.Involving.ListKey(Hub)));
        Assert.Equal(about, await StoredLists.EntriesAsync(db, ItemListKind.About.ListKey(Hub)));
        Assert.Empty(await migrator.MigrateAsync());
    }

    // The hub in every event; the speaker's statements about it (the first also about the last event).
    private static async Task IngestAsync(Neo4jClient client)
    {
        var document = new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = "src:item-lists", ["title"] = "Itemland news", ["published"] = "2026-01-09" },
            ["entities"] = new JsonArray(new JsonObject { ["id"] = Hub, ["kind"] = "Country", ["name"] = "Itemland" },
                new JsonObject { ["id"] = Speaker, ["kind"] = "Person", ["name"] = "Item Speaker" }),
            ["events"] = new JsonArray([.. Events.Select((id, i) => (JsonNode)new JsonObject
            {
                ["id"] = id, ["type"] = "Meeting", ["title"] = "Meeting " + i, ["date"] = new DateOnly(2025, 1, 1).AddDays(i).ToString("yyyy-MM-dd"),
                ["excerpt"] = "met", ["participants"] = new JsonArray(new JsonObject { ["entity"] = Hub, ["role"] = "participant" }),
            })]),
            ["statements"] = new JsonArray([.. Statements.Select((id, i) => (JsonNode)new JsonObject
            {
                ["id"] = id, ["speaker"] = Speaker, ["text"] = "Itemland, said " + i, ["date"] = $"2026-01-0{i + 1}",
                ["about"] = i == 0 ? new JsonArray(Hub, Events[^1]) : new JsonArray(Hub), ["excerpt"] = "said",
            })]),
        };
        var result = await new IngestionService(client, OntologyModel.Default, IngestLimits.Default).IngestAsync(Encoding.UTF8.GetBytes(document.ToJsonString()));
        Assert.True(result.Ok, string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
    }
}
