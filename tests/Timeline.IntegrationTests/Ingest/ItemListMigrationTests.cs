using System.Text;
using System.Text.Json.Nodes;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Export;
using Timeline.IntegrationTests.Exports;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Neo4j;
using Timeline.Query.Paging;
using Timeline.Query.Questions;
using Timeline.Query.Tree;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>A graph written before the item lists (<see cref="ItemLists"/>) gets them from <c>timeline migrate</c> — a build
/// cut short goes on where it stopped — and its timeline pages are the same before (matched item by item) and after (read
/// from the lists); the lists never show in an export. The hub takes part in 520 events, one a day from 2025-01-01, and is
/// what 30 statements are about (dated 2025-02-01 on, two undated): expected pages are worked out from those dates.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class ItemListMigrationTests(ScratchNeo4j neo4j) : IAsyncLifetime
{
    private const string Hub = "country:hubland", Speaker = "person:sam-speaker";

    private static readonly List<(string Id, DateOnly Day)> Events =
        [.. Enumerable.Range(0, 520).Select(i => ($"event:meeting-{i:D3}", new DateOnly(2025, 1, 1).AddDays(i)))];

    private static readonly List<(string Id, DateOnly? Day)> Statements =
        [.. Enumerable.Range(0, 30).Select(i => ($"stmt:remark-{i:D2}", i < 2 ? (DateOnly?)null : new DateOnly(2025, 2, 1).AddDays(i)))];

    // Events and statements by first day (undated last), then id: each dated one lasts its day.
    private static readonly List<string> Expected =
        [.. Events.Select(e => (e.Id, Day: (DateOnly?)e.Day)).Concat(Statements).OrderBy(x => x.Day ?? DateOnly.MaxValue).ThenBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Id)];

    public Task InitializeAsync() => neo4j.EmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_graph_written_before_the_lists_pages_the_same_after_migrate_and_a_build_cut_short_goes_on_where_it_stopped()
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(ItemListMigrationTests));
        await using var db = neo4j.CreateClient();
        var migrator = new SchemaMigrator(client, OntologyModel.Default);
        await migrator.MigrateAsync();
        await IngestAsync(client);
        Assert.Empty(await ItemListCheck.ProblemsAsync(db, [Hub, Speaker]));
        await AssertPagesAsync(client);

        // The previous model: no list, no constraint, neither migration recorded. The pages are matched item by item.
        await db.RunAsync("MATCH (n) WHERE n:ItemList OR n:ItemBucket DELETE n");
        await db.RunAsync("MATCH (m:SchemaMigration) WHERE m.id STARTS WITH '008_item_lists' DELETE m");
        await db.RunAsync("DROP CONSTRAINT ON (n:ItemList) ASSERT n.key IS UNIQUE");
        await db.RunAsync("DROP CONSTRAINT ON (n:ItemBucket) ASSERT n.key IS UNIQUE");
        Assert.NotEmpty(await ItemListCheck.ProblemsAsync(db, [Hub, Speaker]));
        await AssertPagesAsync(client);

        // Killed after its first batch (events, in id order): the client is cancelled as that batch reports.
        using var cut = new CancellationTokenSource();
        var first = new List<MigrationProgress>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => migrator.MigrateAsync(cut.Token, new ReportedProgress(p => { first.Add(p); cut.Cancel(); })));
        var record = (await db.RunAsync("MATCH (m:SchemaMigration {id: $id}) RETURN m.appliedAt AS at, m.resumeAfter AS after",
            new Dictionary<string, object?> { ["id"] = ItemListBuild.Id })).Records.Single();
        Assert.Null(record.Get<string?>("at"));
        Assert.Equal(BatchedWalk.Position(GraphLabels.Event, Events[BatchedWalk.DefaultBatchSize - 1].Id), record.Get<string>("after"));
        var items = Events.Count + Statements.Count;
        Assert.Equal((BatchedWalk.DefaultBatchSize, (long)items), (Assert.Single(first).Done, first[0].Total));

        var rest = new List<MigrationProgress>();
        var applied = await migrator.MigrateAsync(progress: new ReportedProgress(rest.Add));

        Assert.Equal([ItemListBuild.Id], applied); // the constraints came back in the run cut short, before its data step
        Assert.Equal((long)(items - BatchedWalk.DefaultBatchSize), rest[^1].Total);
        Assert.Equal(rest[^1].Total, rest[^1].Done);
        Assert.Empty(await ItemListCheck.ProblemsAsync(db, [Hub, Speaker]));
        await AssertPagesAsync(client);
        Assert.Empty(await migrator.MigrateAsync());

        using var export = new MemoryStream();
        await JsonGraphWriter.WriteAsync(export, await new GraphExporter(client).ExportAsync());
        var text = Encoding.UTF8.GetString(export.ToArray());
        Assert.DoesNotContain(GraphLabels.ItemList, text, StringComparison.Ordinal);
        Assert.DoesNotContain(GraphLabels.ItemBucket, text, StringComparison.Ordinal);
    }

    // The whole timeline in one page, the page after its 300th item, and the statements about the hub after the 10th.
    private static async Task AssertPagesAsync(Neo4jClient client)
    {
        Assert.Equal(Expected, await TimelineAsync(client, new Page(1000)));
        Assert.Equal(Expected[300..350], await TimelineAsync(client, new Page(50, CursorOf(Expected[299]))));
        var about = Expected.Where(id => id.StartsWith("stmt:", StringComparison.Ordinal)).ToList();
        Assert.Equal(about[10..], await ReadAsync(client, StatementsQuestion.Instance.Build(
            new StatementsArguments(null, Hub, Timeline.Query.Expressions.DateWindow.Open, new Page(100, CursorOf(about[9]))))));
    }

    private static Task<List<string>> TimelineAsync(Neo4jClient client, Page page) =>
        ReadAsync(client, TimelineQuestion.Instance.Build(new TimelineArguments([Hub], Timeline.Query.Expressions.DateWindow.Open, Page: page)));

    private static async Task<List<string>> ReadAsync(Neo4jClient client, Timeline.Query.Clauses.ReadQuery query)
    {
        // A page's statement fetches one item more than the page (to tell whether there is a next page).
        var compiled = query.Statement(new PropertyValue(query.Item, GraphProperties.Id));
        return (await client.RunAsync(compiled.Text, compiled.Parameters)).Records.Select(r => r.Get<string>("item")).Take(query.Page!.First).ToList();
    }

    private static string CursorOf(string id)
    {
        var day = Events.Where(e => e.Id == id).Select(e => (DateOnly?)e.Day).Concat(Statements.Where(s => s.Id == id).Select(s => s.Day)).First();
        var (earliest, latest) = day is { } d ? ($"{d:yyyy-MM-dd}T00:00:00Z", $"{d:yyyy-MM-dd}T23:59:59Z") : (Timeline.Primitives.DateKey.Undated, Timeline.Primitives.DateKey.Undated);
        return Cursor.Encode([earliest, latest, id]);
    }

    private static async Task IngestAsync(Neo4jClient client)
    {
        var document = new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = "src:hub-news", ["title"] = "Hub news", ["published"] = "2026-01-09" },
            ["entities"] = new JsonArray
            {
                new JsonObject { ["id"] = Hub, ["kind"] = "Country", ["name"] = "Hubland" },
                new JsonObject { ["id"] = Speaker, ["kind"] = "Person", ["name"] = "Sam Speaker" },
            },
            ["events"] = new JsonArray([.. Events.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id, ["type"] = "Meeting", ["title"] = "Meeting", ["date"] = $"{e.Day:yyyy-MM-dd}",
                ["participants"] = new JsonArray(new JsonObject { ["entity"] = Hub, ["role"] = "participant" }),
            })]),
            ["statements"] = new JsonArray([.. Statements.Select(s =>
            {
                var statement = new JsonObject { ["id"] = s.Id, ["speaker"] = Speaker, ["text"] = "On Hubland.", ["about"] = new JsonArray(Hub) };
                if (s.Day is { } d) statement["date"] = $"{d:yyyy-MM-dd}";
                return (JsonNode)statement;
            })]),
        };
        var result = await new IngestionService(client, OntologyModel.Default, IngestLimits.Default).IngestAsync(Encoding.UTF8.GetBytes(document.ToJsonString()));
        Assert.True(result.Ok, string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
    }
}
