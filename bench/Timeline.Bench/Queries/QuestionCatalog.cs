using System.Text.Json;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>The requests for the questions analysts ask after "what happened" (issue 13): who appears with the hub, how
/// many of its items per month, every shortest chain. The hand-written Cypher is written from the contract, not from
/// the translator's output, so an agreeing answer checks both.</summary>
internal static class QuestionCatalog
{
    private const string Undated = Primitives.DateKey.Undated;

    public static IEnumerable<QueryCase> Build(QueryTargets t)
    {
        yield return new("associates-of-hub",
            "entity(hub) { associates(first: 20) { entity, counts, first, last, sample } }",
            """
            query Q($hub: ID!) { entity(id: $hub) { associates(first: 20) {
              entity { id name kind } sharedEvents sharedStatements total first { text } last { text }
              sample { __typename ... on Event { id title } ... on Statement { id text } } } } }
            """,
            Vars(("hub", t.Hub)),
            // Each (associate, shared item) pair once; ranked by the number of shared items, then id; the first 20 then get
            // what the request asks of them: their shared items in timeline order give the sample (the first three) and the
            // first and last dates (of the dated ones: an undated item sorts last).
            """
            MATCH (hub:Entity {id: $hub})-[:PARTICIPANT|SAID|ABOUT]-(item)-[:PARTICIPANT|SAID|ABOUT]-(other:Entity)
            WHERE (item:Event OR item:Statement) AND other <> hub
            WITH other, collect(DISTINCT item) AS items
            WITH other, items ORDER BY size(items) DESC, other.id LIMIT 20
            UNWIND items AS item
            WITH other, item ORDER BY coalesce(item.earliest, $undated), coalesce(item.latest, $undated), item.id
            WITH other, collect(item) AS items
            WITH other, items, size(items) AS total, size([i IN items WHERE i:Event]) AS events ORDER BY total DESC, other.id
            RETURN {id: other.id, name: other.name, kind: other.kind, total: total, events: events, statements: total - events,
              first: head([i IN items WHERE i.date IS NOT NULL | i.date]), last: last([i IN items WHERE i.date IS NOT NULL | i.date]),
              sample: [i IN items[0..3] | {id: i.id}]} AS item
            """,
            Vars(("hub", t.Hub), ("undated", Undated)),
            (g, c) => Answers.SameAssociates(g.GetProperty("entity").GetProperty("associates"), Answers.Rows(c, "item").ToList()))
        {
            InThroughputMix = false, // every shared item of the hub's whole history: a report
        };

        var year = Primitives.PartialDate.Parse(t.HistogramYear);
        var months = Enumerable.Range(1, 12).Select(m => $"{t.HistogramYear}-{m:00}").ToList();
        yield return new("histogram-of-hub",
            $"timelineHistogram(involving: [hub], from: {t.HistogramYear}, to: {t.HistogramYear}, by: MONTH)",
            """
            query Q($hub: ID!, $year: String) { timelineHistogram(involving: [$hub], from: $year, to: $year, by: MONTH) {
              period events statements imprecise } }
            """,
            Vars(("hub", t.Hub), ("year", t.HistogramYear)),
            // The hub's items overlapping the year, grouped by the months their first and last moments fall in: an item
            // inside one month counts there, one spanning months counts as imprecise in each month of the year it overlaps.
            """
            MATCH (:Entity {id: $hub})-[:PARTICIPANT|SAID|ABOUT]-(item)
            WHERE (item:Event OR item:Statement) AND item.earliest <= $end AND item.latest >= $start
            WITH DISTINCT item
            WITH item:Event AS isEvent, substring(item.earliest, 0, 7) AS p0, substring(item.latest, 0, 7) AS p1, count(*) AS n
            WITH collect({isEvent: isEvent, p0: p0, p1: p1, n: n}) AS groups
            UNWIND $months AS period
            RETURN period,
              reduce(s = 0, g IN [g IN groups WHERE g.p0 = period AND g.p1 = period AND g.isEvent] | s + g.n) AS events,
              reduce(s = 0, g IN [g IN groups WHERE g.p0 = period AND g.p1 = period AND NOT g.isEvent] | s + g.n) AS statements,
              reduce(s = 0, g IN [g IN groups WHERE g.p0 <> g.p1 AND g.p0 <= period AND g.p1 >= period] | s + g.n) AS imprecise
            ORDER BY period
            """,
            Vars(("hub", t.Hub), ("start", year.EarliestKey), ("end", year.LatestKey), ("months", months)),
            (g, c) => SameBuckets(g.GetProperty("timelineHistogram"), c));

        var pathTypes = string.Join("|", OntologyModel.Default.RelationTypes.Select(r => r.Name).Append(GraphRelationshipTypes.Participant));
        yield return new("paths",
            "paths(from, to, maxHops: 6, first: 5) between two rarely mentioned entities",
            "query Q($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6, first: 5) { length nodes { id } steps { type from to } } }",
            Vars(("from", t.PathFrom), ("to", t.PathTo)),
            $$"""
            MATCH (a:Entity {id: $from})
            MATCH (b:Entity {id: $to})
            MATCH p = allShortestPaths((a)-[:{{pathTypes}}*..6]-(b))
            WITH p, reduce(k = '', n IN nodes(p) | k + n.id + '\u0001') AS nodeKey,
                 reduce(k = '', r IN relationships(p) | k + type(r) + '\u0001' + coalesce(r.role, '') + '\u0001' + startNode(r).id + '\u0001') AS stepKey
            ORDER BY nodeKey, stepKey
            WITH nodeKey, head(collect(p)) AS p
            ORDER BY nodeKey
            LIMIT 5
            RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS steps
            """,
            Vars(("from", t.PathFrom), ("to", t.PathTo)),
            (g, c) => Answers.SamePaths(g.GetProperty("paths"), c));
    }

    private static bool SameBuckets(JsonElement graphql, QueryResult result)
    {
        var api = graphql.EnumerateArray().ToList();
        return api.Count == result.Records.Count && api.Count > 0 && api.Zip(result.Records).All(pair =>
            pair.First.GetProperty("period").GetString() == pair.Second.Get<string>("period")
            && pair.First.GetProperty("events").GetInt64() == pair.Second.Get<long>("events")
            && pair.First.GetProperty("statements").GetInt64() == pair.Second.Get<long>("statements")
            && pair.First.GetProperty("imprecise").GetInt64() == pair.Second.Get<long>("imprecise"));
    }

    private static Dictionary<string, object?> Vars(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);
}
