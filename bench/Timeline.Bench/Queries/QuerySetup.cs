using Timeline.Bench.Corpus;
using Timeline.Primitives;
using Timeline.Core.Ingest;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>Chooses the query targets from the corpus and the graph, the same way at every scale.</summary>
internal static class QuerySetup
{
    public const int LaterPagePosition = 500;

    public static async Task<QueryTargets> ChooseAsync(Neo4jClient client, GraphQLClient api, CorpusGenerator generator, IReadOnlyList<BenchDocument> corpus)
    {
        var hub = generator.Universe[0].Id;
        var leader = generator.Universe[3].Id;
        // The hand-written relation reads take a list's entries as they are: right on exact lists only (the readers check the
        // others' entries), so a graph with another list would make them the wrong baseline.
        var inexact = (await client.RunAsync($"""
            MATCH (l:{GraphLabels.ItemList}) WHERE l.{ItemLists.KeyProperty} STARTS WITH $prefix AND coalesce(l.{ItemLists.ExactProperty}, false) = false
            RETURN count(l) AS n
            """, new Dictionary<string, object?> { ["prefix"] = RelationLists.ListKey("") })).Records[0].Get<long>("n");
        if (inexact > 0)
            throw new InvalidOperationException($"{inexact} relation lists of the bench graph are not exact: the hand-written relation reads would be no baseline.");
        // So do the hand-written timeline and statements reads of the hub's item lists.
        var hubInexact = (await client.RunAsync($$"""
            UNWIND $keys AS listKey
            MATCH (l:{{GraphLabels.ItemList}} {{{ItemLists.KeyProperty}}: listKey}) WHERE coalesce(l.{{ItemLists.ExactProperty}}, false) = false
            RETURN collect(listKey) AS keys
            """, new Dictionary<string, object?> { ["keys"] = ItemListKind.All.Select(k => k.ListKey(hub)).ToList() })).Records[0].Get<List<string>>("keys");
        if (hubInexact.Count > 0)
            throw new InvalidOperationException($"The hub's item lists {string.Join(", ", hubInexact)} are not exact: the hand-written timeline and statements reads would be no baseline.");
        var degree = (await client.RunAsync("MATCH (h:Entity {id: $id})-[r:PARTICIPANT|SAID|ABOUT]-() RETURN count(r) AS d",
            new Dictionary<string, object?> { ["id"] = hub })).Records[0].Get<long>("d");

        // A fragment of a moderately popular name: a substring search that matches a handful of entities. Then, among the
        // moderately popular entities the corpus names: a person's full name as written, a person's "Mr." alias, and an
        // accented name spelled without its accents.
        var searchText = NameKey.Of(generator.Universe[25].Name).Split(' ')[^1];
        searchText = searchText[..Math.Min(5, searchText.Length)];
        var named = corpus.SelectMany(d => d.Entities).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var candidates = Enumerable.Range(20, generator.Universe.Count - 20).Select(rank => generator.Universe[rank]).Where(e => named.Contains(e.Id) && e.Named).ToList();
        var fullName = candidates.First(e => e.Kind == "Person").Name;
        var alias = candidates.SelectMany(e => e.Aliases).First(a => a.StartsWith("Mr. ", StringComparison.Ordinal));
        var accentFree = NameKey.Of(candidates.First(e => NameKey.Of(e.Name) != e.Name.ToLowerInvariant()).Name);

        // The rarest connected entity (in an event or a relation) of the last document and of the first: a path that has to
        // go through the graph's middle.
        static string Rarest(BenchDocument d)
        {
            var connected = d.Events.SelectMany(e => e.Participants.Select(p => p.Entity)).Concat(d.Relations.SelectMany(r => new[] { r.From, r.To })).ToHashSet();
            return d.Entities.Where(e => connected.Contains(e.Id))
                .MaxBy(e => int.Parse(e.Id[(e.Id.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture))!.Id;
        }
        var pathFrom = Rarest(corpus[^1]);
        var pathTo = Rarest(corpus[0]);
        if (pathTo == pathFrom)
            pathTo = corpus[0].Entities[^1].Id;

        var middle = DateTime.Parse(corpus[corpus.Count / 2].Source.Published, System.Globalization.CultureInfo.InvariantCulture);
        var windowFrom = DateMaker.Iso(middle.AddDays(-2));
        var windowTo = DateMaker.Iso(middle);

        LaterPage? later = null;
        var items = (await client.RunAsync("""
            MATCH (:Entity {id: $hub})-[:PARTICIPANT|SAID|ABOUT]-(item) WHERE item:Event OR item:Statement
            WITH DISTINCT item
            WITH coalesce(item.earliest, $undated) AS k0, coalesce(item.latest, $undated) AS k1, item.id AS k2
            ORDER BY k0, k1, k2
            WITH collect([k0, k1, k2]) AS keys
            RETURN size(keys) AS count, keys[$position - 1] AS at
            """, new Dictionary<string, object?> { ["hub"] = hub, ["undated"] = DateKey.Undated, ["position"] = LaterPagePosition })).Records[0];
        if (items.Get<long>("count") > LaterPagePosition + 50)
        {
            string? cursor = null;
            for (var page = 0; page < LaterPagePosition / 50; page++)
            {
                var answer = await api.PostAsync(GraphQLClient.Body(
                    "query Q($hub: ID!, $after: String) { timeline(involving: [$hub], first: 50, after: $after) { pageInfo { endCursor } } }",
                    new Dictionary<string, object?> { ["hub"] = hub, ["after"] = cursor }));
                if (!answer.Check(out _, out var data, out var problem))
                    throw new InvalidOperationException($"Paging the hub's timeline failed: {problem}");
                cursor = data.GetProperty("timeline").GetProperty("pageInfo").GetProperty("endCursor").GetString();
            }
            var keys = (IReadOnlyList<object?>)items["at"]!;
            later = new LaterPage(LaterPagePosition, cursor!, (string)keys[0]!, (string)keys[1]!, (string)keys[2]!);
        }
        return new QueryTargets(hub, degree, leader, new SearchTexts(searchText, fullName, alias, accentFree, await KindSearchAsync(client, searchText)),
            pathFrom, pathTo, windowFrom, windowTo, later,
            middle.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
    // The first two letters of the word prefix, searched for the rarest kind with at least 10 entities that contain them
    // (the most common kind when none has 10): a kind that a window of the best-ranked candidates of every kind rarely holds.
    private static async Task<KindSearch> KindSearchAsync(Neo4jClient client, string prefix)
    {
        var text = prefix[..Math.Min(2, prefix.Length)];
        var kinds = (await client.RunAsync("""
            MATCH (e:Entity) WHERE any(k IN e.searchKeys WHERE k CONTAINS $text)
            RETURN e.kind AS kind, count(*) AS n ORDER BY n, kind
            """, new Dictionary<string, object?> { ["text"] = text })).Records;
        var kind = kinds.FirstOrDefault(r => r.Get<long>("n") >= 10) ?? kinds[^1];
        return new KindSearch(text, kind.Get<string>("kind"));
    }
}
