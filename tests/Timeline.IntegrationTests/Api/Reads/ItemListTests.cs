using System.Text.Json;
using Timeline.Core.Lookup;
using Timeline.IntegrationTests.Api;
using Timeline.IntegrationTests.Curation;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Api.Reads;

/// <summary>A page of <c>timeline(involving: [one])</c> or <c>statements(about: one)</c> is read from the anchor's item list
/// (<see cref="ItemLists"/>): every item once, in order, over buckets split as the list grew, and still after the writers that
/// give an item a new date or a new anchor (a correction, a retraction, a merge, an un-merge, a withdrawal). Expected answers
/// are derived from the documents written here: their dates are whole days (or the range between two days two sources give),
/// so an item sorts by its first day, its last day, then its id.</summary>
public sealed class ItemListTests(CurationFixture api) : IClassFixture<CurationFixture>, IAsyncLifetime
{
    private const string Ingest = "mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok errors { path message } } }";
    private const string TimelinePage = "query($id: ID!, $first: Int!, $after: String) { timeline(involving: [$id], first: $first, after: $after) { nodes { __typename ... on Event { id } ... on Statement { id } } pageInfo { hasNextPage endCursor } } }";
    private const string AboutPage = "query($id: ID!, $first: Int!, $after: String) { statements(about: $id, first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }";

    private readonly List<string> _ids = [];

    private string New(string prefix)
    {
        var id = TestIds.New(prefix);
        _ids.Add(id);
        return id;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var client = api.Server.CreateClient();
        await Neo4jTestData.DeleteIdsAsync(client, _ids);
    }

    [Fact]
    public async Task A_hub_with_more_items_than_a_bucket_pages_through_all_of_them_in_order()
    {
        var hub = New("country:");
        var speaker = New("person:");
        // 1,100 events over two documents (so the list grows, and splits, in two writes), dated a day apart from 2024-01-01,
        // the second document's interleaved with the first's; 30 statements of the speaker about the hub, two of them undated.
        var day0 = new DateOnly(2024, 1, 1);
        var events = Enumerable.Range(0, 1100).Select(i => (Id: New("event:"), Day: day0.AddDays(i / 2 + i % 2 * 300))).ToList();
        var statements = Enumerable.Range(0, 30).Select(i => (Id: New("stmt:"), Day: i < 2 ? (DateOnly?)null : day0.AddDays(i * 20))).ToList();
        for (var part = 0; part < 2; part++)
        {
            var mine = events.Where((_, i) => i % 2 == part).ToList();
            await IngestOkAsync(new
            {
                source = new { id = New("src:"), title = "Hub " + part, published = "2026-01-10" },
                entities = new object[] { new { id = hub, kind = "Country", name = "Hubland" }, new { id = speaker, kind = "Person", name = "Sam Speaker" } },
                events = mine.Select(e => (object)new
                {
                    id = e.Id, type = "Meeting", title = "Meeting " + e.Id, date = e.Day.ToString("yyyy-MM-dd"), excerpt = "met",
                    participants = new object[] { new { entity = hub, role = "participant" } },
                }).ToArray(),
                statements = part == 1
                    ? statements.Select(s => (object)new { id = s.Id, speaker, text = "On Hubland.", date = s.Day?.ToString("yyyy-MM-dd"), about = new[] { hub }, excerpt = "said" }).ToArray()
                    : [],
            });
        }

        var expectedTimeline = events.Select(e => (e.Id, Key: (DateOnly?)e.Day)).Concat(statements.Select(s => (s.Id, Key: s.Day)))
            .OrderBy(x => x.Key ?? DateOnly.MaxValue).ThenBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Id).ToList();
        Assert.Equal(expectedTimeline, await AllPagesAsync(TimelinePage, "timeline", hub, 100));
        var expectedAbout = statements.OrderBy(s => s.Day ?? DateOnly.MaxValue).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => s.Id).ToList();
        Assert.Equal(expectedAbout, await AllPagesAsync(AboutPage, "statements", hub, 7));

        await using var client = api.Server.CreateClient();
        Assert.Empty(await ItemListCheck.ProblemsAsync(client, [hub, speaker]));
        var starts = (await client.RunAsync("MATCH (l:ItemList {key: $key}) RETURN size(l.starts) AS n",
            new Dictionary<string, object?> { ["key"] = ItemListKind.Involving.ListKey(hub) })).Single().Get<long>("n");
        Assert.True(starts >= 3, $"1,130 entries in buckets of at most {ItemLists.Capacity} take 3 buckets or more, not {starts}");

        // A few more into the full list: one per bucket, too few to sort a bucket anew (ItemLists.SortRatio), so each is
        // inserted where it belongs — before the first entry, between two, after the last — and one listed already stays once.
        var few = new[] { (Id: New("event:"), Day: day0.AddDays(-1)), (Id: New("event:"), Day: day0.AddDays(400)), (Id: New("event:"), Day: day0.AddDays(900)) };
        await IngestOkAsync(new
        {
            source = new { id = New("src:"), title = "Hub 2", published = "2026-01-11" },
            entities = new object[] { new { id = hub, kind = "Country", name = "Hubland" } },
            events = few.Append(events[700]).Select(e => (object)new
            {
                id = e.Id, type = "Meeting", title = "Meeting " + e.Id, date = e.Day.ToString("yyyy-MM-dd"), excerpt = "met",
                participants = new object[] { new { entity = hub, role = "participant" } },
            }).ToArray(),
        });
        expectedTimeline = events.Concat(few).Select(e => (e.Id, Key: (DateOnly?)e.Day)).Concat(statements.Select(s => (s.Id, Key: s.Day)))
            .OrderBy(x => x.Key ?? DateOnly.MaxValue).ThenBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Id).ToList();
        Assert.Equal(expectedTimeline, await AllPagesAsync(TimelinePage, "timeline", hub, 100));
        Assert.Empty(await ItemListCheck.ProblemsAsync(client, [hub, speaker]));
    }

    [Fact]
    public async Task A_missing_list_or_stale_entries_give_the_same_pages()
    {
        var hub = New("country:");
        var events = Enumerable.Range(0, 40).Select(i => (Id: New("event:"), Day: new DateOnly(2025, 3, 1).AddDays(i))).ToList();
        await IngestOkAsync(HubDocument(hub, New("src:"), events));
        // A statement the hub said about itself: joined to it twice (SAID, ABOUT), once on every page.
        var statement = New("stmt:");
        await IngestOkAsync(new
        {
            source = new { id = New("src:"), title = "Said", published = "2026-01-10" },
            entities = new object[] { new { id = hub, kind = "Country", name = "Hubland" } },
            statements = new object[] { new { id = statement, speaker = hub, text = "On Hubland.", date = "2025-03-10", about = new[] { hub }, excerpt = "said" } },
        });
        var expected = events.Append((Id: statement, Day: new DateOnly(2025, 3, 10)))
            .OrderBy(e => e.Day).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id).ToList();
        await using var client = api.Server.CreateClient();

        // Entries for items that are gone, or at a date they no longer have, first in a list no longer exact (as the writers
        // that leave such entries mark it): the page reads past them.
        await client.RunAsync("MATCH (b:ItemBucket {key: $bucket}) SET b.entries = $stale + b.entries WITH b MATCH (l:ItemList {key: $list}) SET l.exact = false",
            new Dictionary<string, object?>
            {
                ["bucket"] = ItemListKind.Involving.ListKey(hub) + ItemLists.BucketSeparator,
                ["list"] = ItemListKind.Involving.ListKey(hub),
                ["stale"] = new List<string>
                {
                    ItemLists.Entry(["2000-01-01T00:00:00Z", "2000-01-01T23:59:59Z", "event:gone"]),
                    ItemLists.Entry(["2000-01-02T00:00:00Z", "2000-01-02T23:59:59Z", events[5].Id]),
                },
            });
        Assert.Equal(expected, await AllPagesAsync(TimelinePage, "timeline", hub, 10));
        // More stale entries than a page reads ahead: the page is short, and the items are matched instead.
        await client.RunAsync("MATCH (b:ItemBucket {key: $bucket}) SET b.entries = $stale + b.entries",
            new Dictionary<string, object?>
            {
                ["bucket"] = ItemListKind.Involving.ListKey(hub) + ItemLists.BucketSeparator,
                ["stale"] = Enumerable.Range(0, 40).Select(i => ItemLists.Entry(["2000-02-01T00:00:00Z", "2000-02-01T23:59:59Z", $"event:gone-{i:00}"])).ToList(),
            });
        Assert.Equal(expected, await AllPagesAsync(TimelinePage, "timeline", hub, 10));
        // No list at all (a graph written before lists, not yet migrated): the items are matched.
        await client.RunAsync("MATCH (n) WHERE (n:ItemList AND n.key = $list) OR (n:ItemBucket AND n.key STARTS WITH $list) DELETE n",
            new Dictionary<string, object?> { ["list"] = ItemListKind.Involving.ListKey(hub) });
        Assert.Equal(expected, await AllPagesAsync(TimelinePage, "timeline", hub, 10));
    }

    [Fact]
    public async Task A_source_that_dates_an_item_otherwise_marks_its_lists_not_exact_and_one_that_agrees_marks_nothing()
    {
        var hub = New("country:");
        var speaker = New("person:");
        var events = Enumerable.Range(0, 12).Select(i => (Id: New("event:"), Day: new DateOnly(2025, 9, 1).AddDays(i))).ToList();
        await IngestOkAsync(HubDocument(hub, New("src:"), events));
        var statement = New("stmt:");
        await IngestOkAsync(new
        {
            source = new { id = New("src:"), title = "Said", published = "2026-01-10" },
            entities = new object[] { new { id = hub, kind = "Country", name = "Hubland" }, new { id = speaker, kind = "Person", name = "Sam Speaker" } },
            statements = new object[] { new { id = statement, speaker, text = "On Hubland.", date = "2025-09-05", about = new[] { hub }, excerpt = "said" } },
        });
        // Written from what there is: exact.
        Assert.Equal((true, true, true), await ExactAsync(hub, speaker));

        // Another source reporting an event on the day it has changes no entry.
        await IngestOkAsync(HubDocument(hub, New("src:"), [events[3]], published: "2026-01-12"));
        Assert.Equal((true, true, true), await ExactAsync(hub, speaker));

        // One that dates an event otherwise gives it the range between the days: its entry at its old date is stale in the
        // lists it was in (the hub's), not in the others.
        await IngestOkAsync(HubDocument(hub, New("src:"), [(events[4].Id, new DateOnly(2025, 8, 20))], published: "2026-01-13"));
        Assert.Equal((false, true, true), await ExactAsync(hub, speaker));
        var dates = events.ToDictionary(e => e.Id, e => (From: e.Day, To: e.Day));
        dates[events[4].Id] = (new DateOnly(2025, 8, 20), events[4].Day);
        dates[statement] = (new DateOnly(2025, 9, 5), new DateOnly(2025, 9, 5));
        await AssertPagesAsync(hub, dates);

        // The statement dated otherwise: the speaker's list and the hub's "about" list (and the hub's timeline, marked already).
        await IngestOkAsync(new
        {
            source = new { id = New("src:"), title = "Said again", published = "2026-01-14" },
            entities = new object[] { new { id = hub, kind = "Country", name = "Hubland" }, new { id = speaker, kind = "Person", name = "Sam Speaker" } },
            statements = new object[] { new { id = statement, speaker, text = "On Hubland.", date = "2025-09-07", about = new[] { hub }, excerpt = "said" } },
        });
        Assert.Equal((false, false, false), await ExactAsync(hub, speaker));
        dates[statement] = (new DateOnly(2025, 9, 5), new DateOnly(2025, 9, 7));
        await AssertPagesAsync(hub, dates);
        Assert.Equal([statement], await AllPagesAsync(AboutPage, "statements", hub, 7));
    }

    [Fact]
    public async Task A_retraction_a_correction_a_withdrawal_a_merge_and_an_unmerge_each_mark_the_lists_they_leave_stale()
    {
        // Each on its own hub, exact until then, so that each writer's own mark is what is seen.
        async Task<(string Hub, Dictionary<string, (DateOnly From, DateOnly To)> Dates, List<(string Id, DateOnly Day)> Events)> HubAsync()
        {
            var hub = New("country:");
            var events = Enumerable.Range(0, 9).Select(i => (Id: New("event:"), Day: new DateOnly(2025, 10, 1).AddDays(i))).ToList();
            await IngestOkAsync(HubDocument(hub, New("src:"), events));
            Assert.True(await ExactAsync(hub));
            return (hub, events.ToDictionary(e => e.Id, e => (e.Day, e.Day)), events);
        }

        // A retraction deletes what only the source reported.
        var (hub, dates, _) = await HubAsync();
        var (only, onlySource) = (New("event:"), New("src:"));
        await IngestOkAsync(HubDocument(hub, onlySource, [(only, new DateOnly(2025, 10, 4))], published: "2026-01-11"));
        Assert.True(await ExactAsync(hub));
        await OkAsync("retractSource", "mutation($id: ID!) { retractSource(id: $id, reason: \"wrong\") { ok errors { path message } } }", new { id = onlySource });
        Assert.False(await ExactAsync(hub));
        await AssertPagesAsync(hub, dates);

        // A corrected date.
        (hub, dates, var events) = await HubAsync();
        await OkAsync("correctFact", "mutation($id: ID!, $changes: JSON!) { correctFact(id: $id, changes: $changes, reason: \"misdated\") { ok errors { path message } } }",
            new { id = events[1].Id, changes = new { date = "2025-12-31" } });
        Assert.False(await ExactAsync(hub));
        dates[events[1].Id] = (new DateOnly(2025, 12, 31), new DateOnly(2025, 12, 31));
        await AssertPagesAsync(hub, dates);

        // A withdrawn event.
        (hub, dates, events) = await HubAsync();
        await OkAsync("withdrawFact", "mutation($id: ID!) { withdrawFact(id: $id, reason: \"did not happen\") { ok errors { path message } } }", new { id = events[2].Id });
        Assert.False(await ExactAsync(hub));
        dates.Remove(events[2].Id);
        await AssertPagesAsync(hub, dates);

        // A merge: the survivor only gains entries; the merged entity's list is stale. Its un-merge takes entries away.
        (hub, dates, _) = await HubAsync();
        var (twin, twinDates, _) = await HubAsync();
        var merged = await OkAsync("mergeEntities", "mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from, reason: \"one country\") { ok changeId errors { path message } } }",
            new { into = hub, from = new[] { twin } });
        Assert.True(await ExactAsync(hub));
        Assert.False(await ExactAsync(twin));
        await AssertPagesAsync(hub, new Dictionary<string, (DateOnly, DateOnly)>(dates.Concat(twinDates)));
        await OkAsync("unmergeEntities", "mutation($id: ID!) { unmergeEntities(changeId: $id, reason: \"two countries\") { ok errors { path message } } }",
            new { id = merged.GetProperty("changeId").GetString() });
        Assert.False(await ExactAsync(hub));
        await AssertPagesAsync(hub, dates);
        await AssertPagesAsync(twin, twinDates);
    }

    // Whether the entity's timeline list is exact.
    private async Task<bool?> ExactAsync(string entity) => (await ExactAsync(entity, entity)).Hub;

    // Whether the hub's timeline list, the hub's "about" list and the speaker's timeline list are exact.
    private async Task<(bool? Hub, bool? HubAbout, bool? Speaker)> ExactAsync(string hub, string speaker)
    {
        await using var client = api.Server.CreateClient();
        var keys = new[] { ItemListKind.Involving.ListKey(hub), ItemListKind.About.ListKey(hub), ItemListKind.Involving.ListKey(speaker) };
        var flags = (await client.RunAsync($"MATCH (l:ItemList) WHERE l.key IN $keys RETURN l.key AS key, l.{ItemLists.ExactProperty} AS exact",
            new Dictionary<string, object?> { ["keys"] = keys.ToList() })).Records
            .Select(r => (Key: r.Get<string>("key"), Exact: r.Get<bool?>("exact"))).ToDictionary(f => f.Key, f => f.Exact);
        return (flags.GetValueOrDefault(keys[0]), flags.GetValueOrDefault(keys[1]), flags.GetValueOrDefault(keys[2]));
    }

    [Fact]
    public async Task Corrections_retractions_merges_unmerges_and_withdrawals_keep_the_pages_right()
    {
        var hub = New("country:");
        var twin = New("country:");
        var (early, late) = (New("src:"), New("src:"));
        var events = Enumerable.Range(0, 30).Select(i => (Id: New("event:"), Day: new DateOnly(2025, 6, 1).AddDays(i))).ToList();
        await IngestOkAsync(HubDocument(hub, New("src:"), events));
        // The twin's own events, and a second source that dates events[10] the 3rd instead of the 11th: the sources disagree, so
        // its date is the range between the two (earliest the 3rd, latest the 11th).
        var twinEvents = Enumerable.Range(0, 5).Select(i => (Id: New("event:"), Day: new DateOnly(2025, 6, 10).AddDays(i))).ToList();
        await IngestOkAsync(HubDocument(twin, early, twinEvents));
        await IngestOkAsync(HubDocument(hub, late, [(events[10].Id, new DateOnly(2025, 6, 3))], published: "2026-02-01"));
        var dates = events.ToDictionary(e => e.Id, e => (From: e.Day, To: e.Day));
        dates[events[10].Id] = (new DateOnly(2025, 6, 3), events[10].Day);
        await AssertPagesAsync(hub, dates);

        // A corrected date moves the event.
        await OkAsync("correctFact", "mutation($id: ID!, $changes: JSON!) { correctFact(id: $id, changes: $changes, reason: \"misdated\") { ok errors { path message } } }",
            new { id = events[1].Id, changes = new { date = "2024-12-31" } });
        dates[events[1].Id] = (new DateOnly(2024, 12, 31), new DateOnly(2024, 12, 31));
        await AssertPagesAsync(hub, dates);

        // Retracting the source that disagreed gives events[10] its one date back.
        await OkAsync("retractSource", "mutation($id: ID!) { retractSource(id: $id, reason: \"wrong\") { ok errors { path message } } }", new { id = late });
        dates[events[10].Id] = (events[10].Day, events[10].Day);
        await AssertPagesAsync(hub, dates);

        // A merge brings the twin's events under the hub; an un-merge takes them back.
        var merged = await OkAsync("mergeEntities", "mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from, reason: \"one country\") { ok changeId errors { path message } } }",
            new { into = hub, from = new[] { twin } });
        var withTwin = new Dictionary<string, (DateOnly, DateOnly)>(dates);
        foreach (var (id, day) in twinEvents) withTwin[id] = (day, day);
        await AssertPagesAsync(hub, withTwin);
        await OkAsync("unmergeEntities", "mutation($id: ID!) { unmergeEntities(changeId: $id, reason: \"two countries\") { ok errors { path message } } }",
            new { id = merged.GetProperty("changeId").GetString() });
        await AssertPagesAsync(hub, dates);
        await AssertPagesAsync(twin, twinEvents.ToDictionary(e => e.Id, e => (e.Day, e.Day)));

        // A withdrawn event leaves the pages.
        await OkAsync("withdrawFact", "mutation($id: ID!) { withdrawFact(id: $id, reason: \"did not happen\") { ok errors { path message } } }", new { id = events[2].Id });
        dates.Remove(events[2].Id);
        await AssertPagesAsync(hub, dates);

        await using var client = api.Server.CreateClient();
        Assert.Empty(await ItemListCheck.ProblemsAsync(client, [hub, twin]));
    }

    private object HubDocument(string hub, string source, IEnumerable<(string Id, DateOnly Day)> events, string published = "2026-01-10") => new
    {
        source = new { id = source, title = "Hub news", published },
        entities = new object[] { new { id = hub, kind = "Country", name = "Hubland" } },
        events = events.Select(e => (object)new
        {
            id = e.Id, type = "Meeting", title = "Meeting " + e.Id, date = e.Day.ToString("yyyy-MM-dd"), excerpt = "met",
            participants = new object[] { new { entity = hub, role = "participant" } },
        }).ToArray(),
    };

    // Pages of 7 (several pages, each read from the list) in the order the dates give: first day, last day, id; and the lists
    // hold (an exact one nothing stale).
    private async Task AssertPagesAsync(string hub, Dictionary<string, (DateOnly From, DateOnly To)> dates)
    {
        var expected = dates.OrderBy(kv => kv.Value.From).ThenBy(kv => kv.Value.To).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        Assert.Equal(expected, await AllPagesAsync(TimelinePage, "timeline", hub, 7));
        await using var client = api.Server.CreateClient();
        Assert.Empty(await ItemListCheck.ProblemsAsync(client, [hub]));
    }

    private async Task<List<string>> AllPagesAsync(string query, string field, string id, int first)
    {
        var ids = new List<string>();
        var cursors = new HashSet<string>();
        string? after = null;
        while (true)
        {
            // A page that does not move past its cursor would be asked for again and again.
            Assert.True(after is null || cursors.Add(after), $"the page after {after} came again");
            var response = await api.PostAsync(query, new { id, first, after });
            Assert.False(response.HasErrors, response.Body);
            var connection = response.Data.GetProperty(field);
            ids.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
                return ids;
            after = info.GetProperty("endCursor").GetString();
        }
    }

    private async Task IngestOkAsync(object document)
    {
        var response = await api.PostAsync(Ingest, new { document });
        Assert.False(response.HasErrors, response.Body);
        Assert.True(response.Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean(), response.Body);
    }

    private async Task<JsonElement> OkAsync(string field, string mutation, object variables)
    {
        var response = await api.PostAsync(mutation, variables);
        Assert.False(response.HasErrors, response.Body);
        var result = response.Data.GetProperty(field);
        Assert.True(result.GetProperty("ok").GetBoolean(), response.Body);
        return result;
    }
}
