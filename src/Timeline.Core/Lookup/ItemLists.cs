using Timeline.Core.Cypher;
using Timeline.Core.Ontology;
using Timeline.Neo4j;
using Timeline.Primitives;

namespace Timeline.Core.Lookup;

/// <summary>
/// The item lists: for each anchor (an entity a timeline involves, what statements are about) and <see cref="ItemListKind"/>,
/// the sort keys of its items in timeline order, cut into buckets of at most <see cref="Capacity"/> entries, so that a page is
/// read from the bucket holding its cursor and the next ones — never from every item of a hub.
/// <code>
///   (:ItemList {key: 'involving␟country:venezuela', starts: ['', '2026-01-03…␟…', …], sizes: [512, 301, …]})
///   (:ItemBucket {key: 'involving␟country:venezuela␞', entries: ['1999-01-01T00:00:00Z␟1999-12-31T23:59:59Z␟event:a', …]})
///   (:ItemBucket {key: 'involving␟country:venezuela␞2026-01-03…', entries: [… sorted, each ≥ its start, &lt; the next start]})
/// </code>
/// An entry is an item's sort key (earliest, latest, id — undated as <see cref="DateKey.Undated"/>) joined by
/// <see cref="Separator"/>, so that entries sort as the timeline does. A bucket that grows past <see cref="Capacity"/> is
/// split in halves; the list keeps its buckets' starts and sizes in order.
/// <para>Writers only ever add (in the facts' transaction): whatever gives an item a new anchor or a new date lists it again
/// (<see cref="Add"/>, <see cref="AddAround"/>). An entry may so outlive its item, its link or its date; whatever may make one
/// stale marks the lists it may be in no longer exact (<see cref="ExactProperty"/>) in the same transaction, before it
/// changes anything: an ingest that gives an item another date (<see cref="MarkRedated"/>), a removal of a source's
/// support, a correction or withdrawal of an item (<see cref="MarkAround"/>), a merge or un-merge, an entity's deletion
/// (<see cref="MarkOwn"/>). A read takes an exact list's entries as they are; it checks every entry of any other list against
/// the item itself, and reads the anchor's items directly when stale entries leave a page short.
/// No relationship, no knowledge-graph label: exports, paths and Browser never see them.</para>
/// </summary>
public static class ItemLists
{
    /// <summary>The unique key of a list (kind, separator, anchor id) and of a bucket (list key, <see cref="BucketSeparator"/>, start).</summary>
    public const string KeyProperty = "key";

    /// <summary>A list's bucket starts, in order (the first is empty: every entry is after it).</summary>
    public const string StartsProperty = "starts";

    /// <summary>A list's bucket sizes, in the order of its starts.</summary>
    public const string SizesProperty = "sizes";

    /// <summary>A bucket's entries, in order.</summary>
    public const string EntriesProperty = "entries";

    /// <summary>Written (always the same value) before a writer reads a list's starts: the write lock makes concurrent writers
    /// of one list take turns.</summary>
    public const string LockProperty = "locked";

    /// <summary>On a list (item or relation list): <c>true</c> while every entry stands for what the list holds, as the entry
    /// says, once — written when a writer creates the list from what there is; <c>false</c> once something may have made an
    /// entry stale (the marks of <see cref="ItemLists"/> and <see cref="RelationLists"/>). Absent on lists written before it
    /// existed: they are read as not exact.</summary>
    public const string ExactProperty = "exact";

    /// <summary>Joins a list's kind and anchor id, and an entry's sort keys. Below every printable character, so that joined
    /// keys sort as their parts do; no id or date key holds it.</summary>
    public const char Separator = '\u001f';

    /// <summary>Joins a list's key and a bucket's start in the bucket's key.</summary>
    public const char BucketSeparator = '\u001e';

    /// <summary>The most entries a bucket holds; past it, it is split in halves.</summary>
    public const int Capacity = 512;

    /// <summary>A bucket that gets at least one new entry per <see cref="SortRatio"/> it holds is sorted anew with them; into
    /// any other, each new entry is inserted where a binary search puts it. Sorting goes through a row per entry, which costs
    /// a hub's whole list when a batch touches most of its buckets; inserting copies the bucket once per entry.</summary>
    public const int SortRatio = 16;

    /// <summary>The entry of the item whose sort key tuple (earliest, latest, id; undated coalesced) is <paramref name="sortKey"/>:
    /// what a cursor of the timeline order stands for.</summary>
    public static string Entry(IReadOnlyList<string> sortKey) => string.Join(Separator, sortKey);

    /// <summary>The Cypher expression of <paramref name="item"/>'s entry, with the parameters that hold
    /// <see cref="DateKey.Undated"/> and <see cref="Separator"/>.</summary>
    public static string EntryOf(string item, string undated, string separator) =>
        $"coalesce({item}.{DateLayout.EventDate.Earliest}, {undated}) + {separator} + coalesce({item}.{DateLayout.EventDate.Latest}, {undated}) + {separator} + {item}.{GraphProperties.Id}";

    /// <summary>The Cypher expression of the index, in the list <paramref name="starts"/>, of the bucket that holds
    /// <paramref name="entry"/>: the last start not after it (the first start is empty, so there always is one).
    /// <paramref name="at"/> and <paramref name="j"/> name the expression's own variables.</summary>
    public static string BucketOf(string starts, string entry, string at = "at", string j = "j") => LastNotAfter(starts, entry, 0, at, j);

    /// <summary>The Cypher expression of the index of the last element of the sorted <paramref name="list"/> not after
    /// <paramref name="value"/>, or <paramref name="none"/> when there is none (<paramref name="none"/> is -1, or 0 when the
    /// first element is known not to be after it). A binary search: a hub's list has hundreds of starts and a bucket hundreds
    /// of entries, and a writer looks up every entry it adds (Cypher has no loop that stops, so the reduce runs the
    /// ⌈log₂⌉ steps the list's length needs; a step with nothing left to halve keeps the range). Each step reads its element
    /// through a one-element slice: on Neo4j 3.1 indexing a list property in a loop copies the whole list each time (a search
    /// of a 500-entry bucket took 200 µs, sliced 100 µs). <paramref name="range"/> and
    /// <paramref name="step"/> name the expression's own variables.</summary>
    public static string LastNotAfter(string list, string value, int none, string range = "r", string step = "k")
    {
        var (lo, hi, mid) = ($"{range}[0]", $"{range}[1]", $"({range}[0] + {range}[1]) / 2");
        return $"reduce({range} = [{none}, size({list})], {step} IN range(0, toInteger(ceil(log(size({list}) + {1 - none}) / log(2)))) | " +
               $"CASE WHEN {hi} - {lo} <= 1 THEN {range} WHEN head({list}[{mid}..{mid} + 1]) <= {value} THEN [{mid}, {hi}] ELSE [{lo}, {mid}] END)[0]";
    }

    /// <summary>Lists the events and statements with these ids under every anchor they have now, at their date now (those
    /// listed already are left as they are); null when there is none.</summary>
    public static Statement? Add(IEnumerable<string> itemIds)
    {
        var ids = itemIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? null : new Statement(AddItems, Parameters(("ids", ids)));
    }

    /// <summary>Lists every event and statement joined to these entities now (after a merge or an un-merge moved them).</summary>
    public static Statement AddAround(IEnumerable<string> entityIds) =>
        new(AddAroundEntities, Parameters(("ids", entityIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())));

    /// <summary>Marks no longer exact the lists that hold an entry of these events and statements, and their own lists (what
    /// is about them): run before the same transaction deletes them, cuts one of their links or may change their date; null
    /// when there is none.</summary>
    public static Statement? MarkAround(IEnumerable<string> itemIds)
    {
        var ids = itemIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? null : new Statement(MarkAroundItems, Parameters(("ids", ids), ("kinds", ItemListKind.All.Select(k => k.Name).ToList())));
    }

    /// <summary>Marks no longer exact the lists around every event and statement <paramref name="sourceId"/> reported (as
    /// <see cref="MarkAround"/>): run before the same transaction takes the source's support away — which deletes an item
    /// only it reported, cuts the links only it gave, and dates again what the sources left say.</summary>
    public static Statement MarkAroundReportedBy(string sourceId) =>
        new(MarkAroundReported, Parameters(("sourceId", sourceId), ("kinds", ItemListKind.All.Select(k => k.Name).ToList())));

    /// <summary>Marks no longer exact these anchors' own lists (an entity deleted, or whose items a merge moves away); null when
    /// there is none.</summary>
    public static Statement? MarkOwn(IEnumerable<string> anchorIds)
    {
        var keys = anchorIds.Distinct(StringComparer.Ordinal).SelectMany(id => ItemListKind.All.Select(k => k.ListKey(id))).Order(StringComparer.Ordinal).ToList();
        return keys.Count == 0 ? null : new Statement(MarkListsText, new Dictionary<string, object?> { ["keys"] = keys });
    }

    /// <summary>Marks no longer exact the lists of the events and statements of <paramref name="entries"/> (id → its entry as the
    /// same transaction is about to write it, <see cref="Entry"/>) that exist with another entry: run before the writes that
    /// give them their new date, which leave their entry at the old one in each list (an ingest whose claims re-date an item
    /// a source reported before); null when there is none.</summary>
    public static Statement? MarkRedated(IReadOnlyDictionary<string, string> entries)
    {
        var rows = entries.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => (object?)new Dictionary<string, object?> { ["id"] = e.Key, ["entry"] = e.Value }).ToList();
        return rows.Count == 0 ? null : new Statement(MarkRedatedItems, Parameters(("rows", rows)));
    }

    /// <summary>Makes exact the item lists of these anchors (entities, events, statements) that carry no
    /// <see cref="ExactProperty"/> (written before it existed, perhaps with stale entries): each emptied under its write lock
    /// and its anchor's items listed in it again, then flagged exact; a list that carries the flag (either way) is left alone.
    /// Run together, in one transaction, as <see cref="RelationLists.RebuildUnflagged"/> is, and for the same reasons.</summary>
    public static IReadOnlyList<Statement> RebuildUnflagged(IEnumerable<string> anchorIds)
    {
        var ids = anchorIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var keys = ids.SelectMany(id => ItemListKind.All.Select(k => k.ListKey(id))).ToList();
        return
        [
            EmptyUnflagged(keys),
            .. ItemListKind.All.Select(k => new Statement(RelistUnflagged(k), Parameters(("ids", ids), ("listPrefix", k.ListKey(""))))),
            FlagUnflagged(keys),
        ];
    }

    /// <summary>Empties the lists of these keys that carry no <see cref="ExactProperty"/>, under their write lock (a concurrent
    /// writer waits, then adds its entries or marks the list); the flag is read again once the lock is held, so a list marked
    /// meanwhile is left as it is.</summary>
    internal static Statement EmptyUnflagged(IReadOnlyList<string> keys) => new(EmptyUnflaggedText, Parameters(("keys", keys)));

    /// <summary>Flags exact the lists of these keys that carry no <see cref="ExactProperty"/> (rebuilt in the same
    /// transaction).</summary>
    internal static Statement FlagUnflagged(IReadOnlyList<string> keys) =>
        new(FlagUnflaggedText, new Dictionary<string, object?> { ["keys"] = keys });

    private static readonly string EmptyUnflaggedText = $$"""
        UNWIND $keys AS listKey
        MATCH (list:{{GraphLabels.ItemList}} {{{KeyProperty}}: listKey})
        WHERE list.{{ExactProperty}} IS NULL
        SET list.{{LockProperty}} = true
        WITH list
        WHERE list.{{ExactProperty}} IS NULL
        WITH list, [start IN list.{{StartsProperty}} | list.{{KeyProperty}} + $bucketSeparator + start] AS bucketKeys
        SET list.{{StartsProperty}} = [''], list.{{SizesProperty}} = [0]
        WITH bucketKeys
        UNWIND bucketKeys AS bucketKey
        MATCH (bucket:{{GraphLabels.ItemBucket}} {{{KeyProperty}}: bucketKey})
        DELETE bucket
        """;

    private static readonly string FlagUnflaggedText = $$"""
        UNWIND $keys AS listKey
        MATCH (list:{{GraphLabels.ItemList}} {{{KeyProperty}}: listKey})
        WHERE list.{{ExactProperty}} IS NULL
        SET list.{{ExactProperty}} = true
        """;

    // From rows of `id`: the unflagged list of this kind of the anchor of that id, and the anchor's items listed in it.
    private static string RelistUnflagged(ItemListKind kind)
    {
        IReadOnlyList<string> labels = kind.AnchorLabel is { } label ? [label] : [GraphLabels.Entity, .. GraphLabels.Dated];
        return $$"""
            UNWIND $ids AS id
            MATCH (list:{{GraphLabels.ItemList}} {{{KeyProperty}}: $listPrefix + id})
            WHERE list.{{ExactProperty}} IS NULL

            """ + NodeById(labels, "anchor", ", list") + $$"""
            MATCH {{kind.Pattern("item", "anchor")}}
            WHERE {{string.Join(" OR ", kind.ItemLabels.Select(l => "item:" + l))}}
            WITH DISTINCT list.{{KeyProperty}} AS listKey, item
            WITH listKey, {{EntryOf("item", "$undated", "$separator")}} AS entry

            """ + WriteEntries;
    }

    /// <summary>The constant parameters of every statement that reads or writes the lists, with <paramref name="more"/>.</summary>
    public static Dictionary<string, object?> Parameters(params (string Key, object? Value)[] more)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["undated"] = DateKey.Undated,
            ["separator"] = Separator.ToString(),
            ["bucketSeparator"] = BucketSeparator.ToString(),
            ["capacity"] = Capacity,
            ["half"] = Capacity / 2,
            ["sortRatio"] = SortRatio,
        };
        foreach (var (key, value) in more)
            parameters[key] = value;
        return parameters;
    }

    // From rows of `id`: the event or statement of that id, as `item` (rows without one dropped), carrying `carried`.
    private static string ItemById(string carried = "") => NodeById(GraphLabels.Dated, "item", carried);

    // From rows of `id`: the node of one of these labels with that id, as `name` (rows without one dropped), carrying `carried`.
    private static string NodeById(IReadOnlyList<string> labels, string name, string carried) => string.Join("\n", labels.Select(label =>
        $"OPTIONAL MATCH (by{label}:{label} {{{GraphProperties.Id}: id}})")) +
        $"\nWITH coalesce({string.Join(", ", labels.Select(label => "by" + label))}) AS {name}{carried}\nWHERE {name} IS NOT NULL\n";

    private static readonly string AddItems = "UNWIND $ids AS id\n" + ItemById() + ListItems();

    // The keys of the lists that hold an entry of `item` (one per anchor and kind), as a Cypher list expression.
    private static string AnchorListKeys => string.Join("\n     + ", ItemListKind.All.Select(k =>
        $"[{k.Pattern("item", "a")} | '{k.Name}' + $separator + a.{GraphProperties.Id}]"));

    // From rows of `listKey`: each list there is, marked not exact.
    private static readonly string MarkListsFromKeys = $$"""
        WITH DISTINCT listKey
        MATCH (list:{{GraphLabels.ItemList}} {{{KeyProperty}}: listKey})
        SET list.{{ExactProperty}} = false
        """;

    private static readonly string MarkListsText = "UNWIND $keys AS listKey\n" + MarkListsFromKeys;

    // From rows of `item`: the lists of its anchors and its own, marked not exact.
    private static string MarkAroundRows =>
        $"UNWIND {AnchorListKeys}\n     + [kind IN $kinds | kind + $separator + item.{GraphProperties.Id}] AS listKey\n" + MarkListsFromKeys;

    private static readonly string MarkAroundItems = "UNWIND $ids AS id\n" + ItemById() + MarkAroundRows;

    private static readonly string MarkAroundReported =
        $"MATCH (:{GraphLabels.Source} {{{GraphProperties.Id}: $sourceId}})<-[:{GraphRelationshipTypes.ReportedIn}]-(item)\n" +
        $"WHERE {string.Join(" OR ", GraphLabels.Dated.Select(label => "item:" + label))}\n" + MarkAroundRows;

    // Each row's item, when there is one and its entry now is not the row's.
    private static readonly string MarkRedatedItems = "UNWIND $rows AS row\nWITH row, row.id AS id\n" +
        ItemById(carried: ", row") +
        $"  AND {EntryOf("item", "$undated", "$separator")} <> row.entry\nUNWIND {AnchorListKeys} AS listKey\n" + MarkListsFromKeys;

    private static readonly string AddAroundEntities = $$"""
        UNWIND $ids AS id
        MATCH {{GraphCypher.ById("anchor", GraphLabels.Entity, "id")}}
        MATCH {{ItemListKind.Involving.Pattern("item", "anchor")}}
        WHERE {{string.Join(" OR ", GraphLabels.Dated.Select(label => "item:" + label))}}
        WITH DISTINCT item

        """ + ListItems();

    // From rows of `item`: each item's entry under each of its anchors.
    private static string ListItems() => $$"""
        WITH item, {{EntryOf("item", "$undated", "$separator")}} AS entry
        UNWIND {{AnchorListKeys}} AS listKey

        """ + WriteEntries;

    /// <summary>From rows of <c>listKey</c> and <c>entry</c>, with <see cref="Parameters"/>: the entries grouped by list; each
    /// list locked (a constant write) before its starts are read, so that concurrent writers of one list take turns; each
    /// entry into the bucket whose start is the last one not after it (an entry held already is left alone); a bucket over
    /// capacity split in halves; the list's starts and sizes written once. Every kind of list is written by this text.
    /// <para>Its cost follows the entries written, not a list's length: each is placed by binary search; a bucket is sorted
    /// through rows only when it gets many new entries for its size (<see cref="SortRatio"/>); the starts and sizes are
    /// rebuilt in one pass; and no aggregation groups by a list value, which Neo4j would compare row by row.</para>
    /// <para>A list it creates is exact (<see cref="ExactProperty"/>): written from what there is, it holds each entry once and
    /// nothing else.</para></summary>
    internal static string WriteEntries => $$"""
        WITH DISTINCT listKey, entry
        WITH listKey, collect(entry) AS entries
        ORDER BY listKey
        MERGE (list:{{GraphLabels.ItemList}} {{{KeyProperty}}: listKey})
        ON CREATE SET list.{{StartsProperty}} = [''], list.{{SizesProperty}} = [0], list.{{ExactProperty}} = true
        SET list.{{LockProperty}} = true
        WITH list, entries, list.{{StartsProperty}} AS starts
        UNWIND entries AS entry
        WITH list, starts, entry, {{BucketOf("starts", "entry")}} AS at
        WITH list, at, starts[at] AS start, collect(entry) AS adds
        MERGE (bucket:{{GraphLabels.ItemBucket}} {{{KeyProperty}}: list.{{KeyProperty}} + $bucketSeparator + start})
        WITH list, at, start, bucket, coalesce(bucket.{{EntriesProperty}}, []) AS held, adds
        WITH list, at, start, bucket, size(adds) * $sortRatio >= size(held) AS bySort, held, adds
        UNWIND CASE WHEN bySort THEN held + adds ELSE adds END AS e
        WITH list, at, start, bucket, bySort, e ORDER BY e
        WITH list, at, start, bucket, bySort, collect(e) AS collected
        WITH list, at, start, bucket, bySort, collected, coalesce(bucket.{{EntriesProperty}}, []) AS held
        WITH list, at, start, bucket, held, CASE WHEN bySort
               THEN [k IN range(0, size(collected) - 1) WHERE k = 0 OR collected[k] <> collected[k - 1] | collected[k]]
               ELSE reduce(acc = held, e IN collected | head([p IN [{{LastNotAfter("acc", "e", -1)}}] |
                      CASE WHEN p >= 0 AND acc[p] = e THEN acc ELSE acc[..p + 1] + e + acc[p + 1..] END])) END AS sorted
        WHERE size(sorted) > size(held)
        WITH list, at, start, bucket, CASE WHEN size(sorted) > $capacity THEN [k IN range(0, size(sorted) - 1, $half) | sorted[k..k + $half]] ELSE [sorted] END AS pieces
        SET bucket.{{EntriesProperty}} = pieces[0]
        FOREACH (piece IN pieces[1..] | CREATE (:{{GraphLabels.ItemBucket}} {{{KeyProperty}}: list.{{KeyProperty}} + $bucketSeparator + piece[0], {{EntriesProperty}}: piece}))
        WITH list, at, start, pieces ORDER BY at
        WITH list, collect({at: at, starts: [start] + [p IN pieces[1..] | p[0]], sizes: [p IN pieces | size(p)]}) AS changes
        WITH list, changes, [c IN changes | c.at] AS ats, list.{{StartsProperty}} AS starts, list.{{SizesProperty}} AS sizes
        UNWIND range(0, size(starts) - 1) AS j
        WITH list, starts, sizes, changes, ats, j, {{LastNotAfter("ats", "j", -1)}} AS i
        WITH list, CASE WHEN i >= 0 AND ats[i] = j THEN changes[i] ELSE {starts: [starts[j]], sizes: [sizes[j]]} END AS part
        UNWIND range(0, size(part.starts) - 1) AS p
        WITH list, collect(part.starts[p]) AS nextStarts, collect(part.sizes[p]) AS nextSizes
        SET list.{{StartsProperty}} = nextStarts, list.{{SizesProperty}} = nextSizes
        """;
}
