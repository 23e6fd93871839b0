using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Testing.Project;

/// <summary>What must hold of the item and relation lists (<see cref="ItemLists"/>, <see cref="RelationLists"/>) whatever
/// wrote the graph, for some entities (a test's own, so that tests running beside it cannot disturb it): every event and
/// statement is listed under each of its anchors at its date now, and every relation of theirs in their relation list, in
/// the bucket whose start is the last one not after its entry; every
/// bucket is sorted, within its range, no larger than the capacity, and of the size its list says; and a list flagged exact
/// holds no entry but of a relation there is, or of an item joined to its anchor at that date. Written from the definition (the kinds' patterns), not with the
/// writers' statement, so that it checks them.</summary>
public static class ItemListCheck
{
    // From rows of listKey and entry: each entry missing from the bucket whose start is the last one not after it.
    private static readonly string NotInItsBucket = $$"""
        OPTIONAL MATCH (list:{{GraphLabels.ItemList}} {key: listKey})
        WITH listKey, entry, CASE WHEN list IS NULL THEN [] ELSE list.{{ItemLists.StartsProperty}} END AS starts
        WITH listKey, entry, starts, reduce(at = 0, j IN range(0, size(starts) - 1) | CASE WHEN starts[j] <= entry THEN j ELSE at END) AS at
        OPTIONAL MATCH (bucket:{{GraphLabels.ItemBucket}} {key: listKey + $bucketSeparator + starts[at]})
        WITH listKey, entry, bucket WHERE bucket IS NULL OR NOT entry IN bucket.{{ItemLists.EntriesProperty}}
        RETURN 'not listed: ' + listKey + ' ' + entry AS problem
        """;

    private static readonly string Unlisted = $$"""
        MATCH (owner:{{GraphLabels.Entity}}) WHERE owner.{{GraphProperties.Id}} IN $anchors
        MATCH {{ItemListKind.Involving.Pattern("item", "owner")}}
        WHERE {{string.Join(" OR ", GraphLabels.Dated.Select(l => "item:" + l))}}
        WITH DISTINCT item
        WITH item, {{ItemLists.EntryOf("item", "$undated", "$separator")}} AS entry
        UNWIND {{string.Join(" + ", ItemListKind.All.Select(k => $"[{k.Pattern("item", "a")} | '{k.Name}' + $separator + a.{GraphProperties.Id}]"))}} AS listKey
        WITH DISTINCT listKey, entry

        """ + NotInItsBucket;

    // Each relation of an ontology type between an anchor and another entity, in the anchor's relation list: its type, the
    // other end's id, its key and its direction seen from the anchor.
    private static readonly string UnlistedRelations = $$"""
        MATCH (owner:{{GraphLabels.Entity}}) WHERE owner.{{GraphProperties.Id}} IN $anchors
        MATCH (owner)-[r:{{string.Join("|", OntologyModel.Default.RelationTypes.Select(t => t.Name))}}]-(other:{{GraphLabels.Entity}})
        WITH DISTINCT '{{RelationLists.Name}}' + $separator + owner.{{GraphProperties.Id}} AS listKey,
             type(r) + $separator + other.{{GraphProperties.Id}} + $separator + coalesce(r.key, '') + $separator +
             CASE WHEN startNode(r) = owner THEN '{{RelationLists.Outgoing}}' ELSE '{{RelationLists.Incoming}}' END AS entry

        """ + NotInItsBucket;

    // Each entry of an exact relation list whose relation is not there (its type, other end, key and direction as listed).
    private static readonly string StaleInExact = $$"""
        MATCH (list:{{GraphLabels.ItemList}}) WHERE list.key IN $relationLists AND list.{{ItemLists.ExactProperty}} = true
        UNWIND list.{{ItemLists.StartsProperty}} AS start
        MATCH (bucket:{{GraphLabels.ItemBucket}} {key: list.key + $bucketSeparator + start})
        UNWIND bucket.{{ItemLists.EntriesProperty}} AS entry
        OPTIONAL MATCH (self:{{GraphLabels.Entity}} {id: substring(list.key, size($relationPrefix))})
        OPTIONAL MATCH (other:{{GraphLabels.Entity}} {id: split(entry, $separator)[1]})
        WITH list, entry, self, other
        WHERE self IS NULL OR other IS NULL
           OR size([(self)-[r]-(other) WHERE {{RelationLists.EntryOf("r", "self", "other", "$separator")}} = entry | r]) = 0
        RETURN 'stale in an exact list: ' + list.key + ' ' + entry AS problem
        """;

    // Each entry of an exact item list that is not its anchor's item at its date now: the item gone, no longer joined to the
    // anchor by the list kind's pattern, or dated otherwise. The anchor is whatever node has the id the list's key ends with.
    private static readonly string StaleInExactItems = $$"""
        MATCH (list:{{GraphLabels.ItemList}}) WHERE list.key IN $itemLists AND list.{{ItemLists.ExactProperty}} = true
        UNWIND list.{{ItemLists.StartsProperty}} AS start
        MATCH (bucket:{{GraphLabels.ItemBucket}} {key: list.key + $bucketSeparator + start})
        UNWIND bucket.{{ItemLists.EntriesProperty}} AS entry
        {{string.Join("\n", GraphLabels.Dated.Select(l => $"OPTIONAL MATCH (by{l}:{l} {{id: split(entry, $separator)[-1]}})"))}}
        WITH list, entry, coalesce({{string.Join(", ", GraphLabels.Dated.Select(l => "by" + l))}}) AS item,
             split(list.key, $separator)[0] AS kind, substring(list.key, size(split(list.key, $separator)[0]) + 1) AS anchorId
        WITH list, entry, item, CASE WHEN item IS NULL THEN 0 {{string.Join(" ", ItemListKind.All.Select(k =>
            $"WHEN kind = '{k.Name}' THEN size([{k.Pattern("item", "anchor")} WHERE anchor.{GraphProperties.Id} = anchorId | 1])"))}} ELSE 0 END AS links
        WHERE item IS NULL OR links = 0 OR {{ItemLists.EntryOf("item", "$undated", "$separator")}} <> entry
        RETURN 'stale in an exact item list: ' + list.key + ' ' + entry AS problem
        """;

    private static readonly string Misshapen = $"""
        MATCH (list:{GraphLabels.ItemList}) WHERE list.key IN $lists
        UNWIND range(0, size(list.{ItemLists.StartsProperty}) - 1) AS j
        OPTIONAL MATCH (bucket:{GraphLabels.ItemBucket} {"{"}key: list.key + $bucketSeparator + list.{ItemLists.StartsProperty}[j]{"}"})
        WITH list, j, bucket, CASE WHEN j + 1 < size(list.{ItemLists.StartsProperty}) THEN list.{ItemLists.StartsProperty}[j + 1] ELSE null END AS next
        WHERE bucket IS NULL OR size(bucket.{ItemLists.EntriesProperty}) <> list.{ItemLists.SizesProperty}[j] OR size(bucket.{ItemLists.EntriesProperty}) > $capacity
           OR any(k IN range(0, size(bucket.{ItemLists.EntriesProperty}) - 2) WHERE bucket.{ItemLists.EntriesProperty}[k] >= bucket.{ItemLists.EntriesProperty}[k + 1])
           OR any(e IN bucket.{ItemLists.EntriesProperty} WHERE e < list.{ItemLists.StartsProperty}[j] OR (next IS NOT NULL AND e >= next))
        RETURN 'misshapen bucket ' + j + ' of ' + list.key AS problem
        """;

    /// <summary>Everything wrong with the lists of the items of <paramref name="entityIds"/> and with these entities' own
    /// lists (empty when they hold), at most a few of each.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(Neo4jClient client, IReadOnlyList<string> entityIds, CancellationToken ct = default)
    {
        var parameters = ItemLists.Parameters(("anchors", entityIds.ToList()),
            ("lists", entityIds.SelectMany(id => ItemListKind.All.Select(k => k.ListKey(id)).Append(RelationLists.ListKey(id))).ToList()),
            ("relationLists", entityIds.Select(RelationLists.ListKey).ToList()), ("relationPrefix", RelationLists.ListKey("")),
            ("itemLists", entityIds.SelectMany(id => ItemListKind.All.Select(k => k.ListKey(id))).ToList()));
        var results = await client.RunAsync([new Statement(Unlisted + " LIMIT 10", parameters), new Statement(UnlistedRelations + " LIMIT 10", parameters),
            new Statement(Misshapen + " LIMIT 10", parameters), new Statement(StaleInExact + " LIMIT 10", parameters),
            new Statement(StaleInExactItems + " LIMIT 10", parameters)], ct);
        return [.. results.SelectMany(r => r.Records).Select(r => r.Get<string>("problem"))];
    }
}
