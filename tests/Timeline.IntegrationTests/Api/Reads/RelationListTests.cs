using System.Text.Json;
using Timeline.Core.Curation;
using Timeline.Core.Lookup;
using Timeline.IntegrationTests.Curation;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Api.Reads;

/// <summary>A page of every relation of the entity <c>entity(id)</c> answers is read from its relation list
/// (<see cref="RelationLists"/>): every relation once, in the order of <c>relations</c> (type, the other end's id, the key,
/// the direction as stored), over buckets split as the list grew, and still after what removes or moves a relation (a
/// withdrawal, a retraction, a merge, an un-merge), with stale entries or no list at all. Expected answers are worked out
/// from the documents written here; a symmetric relation is stored from the smaller id to the larger and reads as BOTH.</summary>
public sealed partial class RelationListTests(CurationFixture api) : IClassFixture<CurationFixture>, IAsyncLifetime
{
    private const string Ingest = "mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok errors { path message } } }";
    private const string RelationsPage = "query($id: ID!, $first: Int!, $after: String) { entity(id: $id) { relations(first: $first, after: $after) { nodes { type direction other { id } properties } pageInfo { hasNextPage endCursor } } } }";
    // Only what an entry answers (type, direction, other end): an exact list's entries are taken as they are, unchecked.
    private const string TrustingPage = "query($id: ID!, $first: Int!, $after: String) { entity(id: $id) { relations(first: $first, after: $after) { nodes { type direction other { id } } pageInfo { hasNextPage endCursor } } } }";
    private const string Symmetric = "HAS_DIPLOMATIC_RELATIONS_WITH";

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

    /// <summary>A relation as a document states it.</summary>
    private sealed record Stated(string Type, string From, string To, string Key = "");

    [Fact]
    public async Task A_hub_with_more_relations_than_a_bucket_pages_through_all_of_them_in_order()
    {
        var hub = New("country:");
        var countries = Enumerable.Range(0, 300).Select(_ => New("country:")).ToList();
        var people = Enumerable.Range(0, 300).Select(_ => New("person:")).ToList();
        // Diplomatic relations with 300 countries (symmetric: stored either way round, by id); 300 ministers and 20 of them
        // also advisers (one type and other end, two keys); sanctions on ten countries and by ten; both ways with one more.
        var first = countries.Select(c => new Stated(Symmetric, hub, c)).ToList();
        var second = people.Select(p => new Stated("HOLDS_POSITION", p, hub, "minister"))
            .Concat(people.Take(20).Select(p => new Stated("HOLDS_POSITION", p, hub, "adviser")))
            .Append(new Stated("LEADS", people[0], hub))
            .Concat(countries.Take(10).Select(c => new Stated("SANCTIONS", hub, c)))
            .Concat(countries.Skip(10).Take(10).Select(c => new Stated("SANCTIONS", c, hub)))
            .Append(new Stated("SANCTIONS", hub, countries[20])).Append(new Stated("SANCTIONS", countries[20], hub))
            .ToList();
        await IngestOkAsync(Document(New("src:"), [hub, .. countries], first));
        await IngestOkAsync(Document(New("src:"), [hub, .. countries[..21], .. people], second));

        var expected = Expected(hub, [.. first, .. second]);
        Assert.Equal(expected, await AllPagesAsync(hub, 25));
        Assert.Equal(expected[..10], await AllPagesAsync(hub, 10, onlyFirst: true));

        await using var client = api.Server.CreateClient();
        Assert.Empty(await ItemListCheck.ProblemsAsync(client, [hub, countries[0], countries[15], people[0]]));
        var starts = (await client.RunAsync("MATCH (l:ItemList {key: $key}) RETURN size(l.starts) AS n",
            new Dictionary<string, object?> { ["key"] = RelationLists.ListKey(hub) })).Single().Get<long>("n");
        Assert.True(starts >= 2, $"{expected.Count} entries in buckets of at most {ItemLists.Capacity} take 2 buckets or more, not {starts}");
    }

    [Fact]
    public async Task A_missing_list_or_stale_entries_give_the_same_pages()
    {
        var hub = New("country:");
        var people = Enumerable.Range(0, 40).Select(_ => New("person:")).ToList();
        var stated = people.Select(p => new Stated("LEADS", p, hub)).ToList();
        await IngestOkAsync(Document(New("src:"), [hub, .. people], stated));
        var expected = Expected(hub, stated);
        await using var client = api.Server.CreateClient();

        // Entries for a relation that is gone and for one under another key, first in the list: the page reads past them.
        var bucket = RelationLists.ListKey(hub) + ItemLists.BucketSeparator;
        await client.RunAsync("MATCH (b:ItemBucket {key: $bucket}) SET b.entries = $stale + b.entries",
            new Dictionary<string, object?>
            {
                ["bucket"] = bucket,
                ["stale"] = new List<string> { ItemLists.Entry(["ALLIED_WITH", "country:gone", "", "OUTGOING"]), ItemLists.Entry(["LEADS", people[3], "old", "INCOMING"]) },
            });
        Assert.Equal(expected, await AllPagesAsync(hub, 10));
        // More stale entries than a page reads ahead: the page is short, and the relations are matched instead.
        await client.RunAsync("MATCH (b:ItemBucket {key: $bucket}) SET b.entries = $stale + b.entries",
            new Dictionary<string, object?>
            {
                ["bucket"] = bucket,
                ["stale"] = Enumerable.Range(0, 40).Select(i => ItemLists.Entry(["ALLIED_WITH", $"country:gone-{i:00}", "", "OUTGOING"])).ToList(),
            });
        Assert.Equal(expected, await AllPagesAsync(hub, 10));
        // No list at all (a graph written before the lists, not yet migrated): the relations are matched.
        await client.RunAsync("MATCH (n) WHERE (n:ItemList AND n.key = $list) OR (n:ItemBucket AND n.key STARTS WITH $list) DELETE n",
            new Dictionary<string, object?> { ["list"] = RelationLists.ListKey(hub) });
        Assert.Equal(expected, await AllPagesAsync(hub, 10));
    }

    [Fact]
    public async Task Withdrawals_retractions_merges_and_unmerges_keep_the_pages_right()
    {
        var hub = New("country:");
        var (twin, other) = (New("country:"), New("country:"));
        var people = Enumerable.Range(0, 12).Select(_ => New("person:")).ToList();
        var (kept, retracted) = (New("src:"), New("src:"));
        var stated = people.Select(p => new Stated("LEADS", p, hub)).Append(new Stated("SANCTIONS", hub, twin)).Append(new Stated("SANCTIONS", other, hub)).ToList();
        var onlyRetracted = new List<Stated> { new("HOLDS_POSITION", people[0], hub, "envoy"), new("SANCTIONS", hub, other) };
        await IngestOkAsync(Document(kept, [hub, twin, other, .. people], stated));
        await IngestOkAsync(Document(retracted, [hub, other, people[0]], onlyRetracted));
        await AssertPagesAsync(hub, [.. stated, .. onlyRetracted]);

        // A withdrawn relation leaves the pages.
        await OkAsync("withdrawFact", "mutation($id: ID!) { withdrawFact(id: $id, reason: \"never led\") { ok errors { path message } } }",
            new { id = RelationId.Of("LEADS", people[5], hub, "") });
        stated.RemoveAt(5);
        await AssertPagesAsync(hub, [.. stated, .. onlyRetracted]);

        // Retracting the only source of two relations removes them.
        await OkAsync("retractSource", "mutation($id: ID!) { retractSource(id: $id, reason: \"wrong\") { ok errors { path message } } }", new { id = retracted });
        await AssertPagesAsync(hub, stated);

        // A merge moves the twin's relation to the survivor (in the hub's list and in the survivor's); an un-merge moves it back.
        var merged = await OkAsync("mergeEntities", "mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from, reason: \"one country\") { ok changeId errors { path message } } }",
            new { into = other, from = new[] { twin } });
        var moved = stated.Select(s => s.To == twin ? s with { To = other } : s).ToList();
        await AssertPagesAsync(hub, moved);
        await AssertPagesAsync(other, moved.Where(s => s.From == other || s.To == other));
        await OkAsync("unmergeEntities", "mutation($id: ID!) { unmergeEntities(changeId: $id, reason: \"two countries\") { ok errors { path message } } }",
            new { id = merged.GetProperty("changeId").GetString() });
        await AssertPagesAsync(hub, stated);
        await AssertPagesAsync(twin, stated.Where(s => s.To == twin));

        await using var client = api.Server.CreateClient();
        Assert.Empty(await ItemListCheck.ProblemsAsync(client, [hub, twin, other]));
    }

    [Fact]
    public async Task The_entities_on_a_listed_page_read_their_own_lists_a_level_down()
    {
        var hub = New("country:");
        var people = Enumerable.Range(0, 6).Select(_ => New("person:")).ToList();
        var orgs = Enumerable.Range(0, 8).Select(_ => New("org:")).ToList();
        // Each person leads the hub and is a member of a few organisations; each organisation is in the hub.
        var stated = people.Select(p => new Stated("LEADS", p, hub))
            .Concat(people.SelectMany((p, i) => orgs.Skip(i).Take(4).Select(o => new Stated("MEMBER_OF", p, o))))
            .Concat(orgs.Select(o => new Stated("LOCATED_IN", o, hub)))
            .ToList();
        await IngestOkAsync(Document(New("src:"), [hub, .. people, .. orgs], stated));
        // (Two levels: a third passes the endpoint's depth limit; the bench's three-level request reads all three.)
        const string Nested = "query($id: ID!) { entity(id: $id) { relations(first: 4) { nodes { type direction properties other { id " +
            "relations(first: 3) { nodes { type direction properties other { id } } } } } } } }";

        // Each level's page as the documents give it: the first 4 of the hub's, the first 3 of each of theirs.
        var expected = new List<string>();
        void Expand(string self, int depth, int[] firsts)
        {
            foreach (var line in Expected(self, stated.Where(s => s.From == self || s.To == self)).Take(firsts[depth]))
            {
                expected.Add(new string(' ', depth * 2) + line);
                if (depth + 1 < firsts.Length)
                    Expand(line.Split(' ')[1], depth + 1, firsts);
            }
        }
        Expand(hub, 0, [4, 3]);

        async Task<List<string>> TreeAsync()
        {
            var response = await api.PostAsync(Nested, new { id = hub });
            Assert.False(response.HasErrors, response.Body);
            var lines = new List<string>();
            void Walk(JsonElement connection, int depth)
            {
                foreach (var node in connection.GetProperty("nodes").EnumerateArray())
                {
                    lines.Add(new string(' ', depth * 2) + Line(node));
                    if (node.GetProperty("other").TryGetProperty("relations", out var below))
                        Walk(below, depth + 1);
                }
            }
            Walk(response.Data.GetProperty("entity").GetProperty("relations"), 0);
            return lines;
        }

        Assert.Equal(expected, await TreeAsync());
        await using var client = api.Server.CreateClient();
        Assert.Empty(await ItemListCheck.ProblemsAsync(client, [hub, .. people, .. orgs]));
        // Without the people's lists (not yet migrated), their relations are matched: the same tree.
        await client.RunAsync("MATCH (n) WHERE (n:ItemList OR n:ItemBucket) AND any(p IN $lists WHERE n.key STARTS WITH p) DELETE n",
            new Dictionary<string, object?> { ["lists"] = people.Select(RelationLists.ListKey).ToList() });
        Assert.Equal(expected, await TreeAsync());
    }

    // Relations of the same type, ends and key are one (a second source enriches it).
    private static List<string> Expected(string self, IEnumerable<Stated> stated) => stated.Distinct()
        .Select(s =>
        {
            var symmetric = s.Type == Symmetric;
            var (from, to) = symmetric && string.CompareOrdinal(s.From, s.To) > 0 ? (s.To, s.From) : (s.From, s.To);
            var stored = from == self ? "OUTGOING" : "INCOMING";
            return (s.Type, Other: from == self ? to : from, s.Key, Stored: stored, Shown: symmetric ? "BOTH" : stored);
        })
        .OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Other, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)
        .ThenBy(r => r.Stored, StringComparer.Ordinal)
        .Select(r => $"{r.Type} {r.Other} {r.Key} {r.Shown}")
        .ToList();

    // The pages that match each relationship (they read its properties) and those that trust an exact list: the same
    // relations (the latter without the key, which only the properties give).
    private async Task AssertPagesAsync(string self, IEnumerable<Stated> stated)
    {
        var expected = Expected(self, stated);
        Assert.Equal(expected, await AllPagesAsync(self, 4));
        Assert.Equal(expected.Select(WithoutKey).ToList(), await AllPagesAsync(self, 4, query: TrustingPage));
    }

    private static string WithoutKey(string line) => line.Split(' ') is [var type, var other, _, var direction] ? $"{type} {other}  {direction}" : line;

    private async Task<List<string>> AllPagesAsync(string id, int first, bool onlyFirst = false, string query = RelationsPage)
    {
        var relations = new List<string>();
        string? after = null;
        while (true)
        {
            var response = await api.PostAsync(query, new { id, first, after });
            Assert.False(response.HasErrors, response.Body);
            var connection = response.Data.GetProperty("entity").GetProperty("relations");
            relations.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(Line));
            var info = connection.GetProperty("pageInfo");
            if (onlyFirst || !info.GetProperty("hasNextPage").GetBoolean())
                return relations;
            after = info.GetProperty("endCursor").GetString();
        }
    }

    // A relation as the answer gives it, as Expected writes it.
    private static string Line(JsonElement node)
    {
        var key = node.TryGetProperty("properties", out var properties) && properties.TryGetProperty("position", out var position) ? position.GetString() : "";
        return $"{node.GetProperty("type").GetString()} {node.GetProperty("other").GetProperty("id").GetString()} {key} {node.GetProperty("direction").GetString()}";
    }

    private static object Document(string source, IEnumerable<string> entities, IEnumerable<Stated> relations) => new
    {
        source = new { id = source, title = "Relations", published = "2026-01-10" },
        entities = entities.Select(id => (object)new
        {
            id, kind = id.StartsWith("person:", StringComparison.Ordinal) ? "Person" : id.StartsWith("org:", StringComparison.Ordinal) ? "Organization" : "Country",
            name = "Named " + id,
        }).ToArray(),
        relations = relations.Select(r => r.Key.Length == 0
            ? (object)new { type = r.Type, from = r.From, to = r.To, excerpt = "related" }
            : new { type = r.Type, from = r.From, to = r.To, properties = new { position = r.Key }, excerpt = "related" }).ToArray(),
    };

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
