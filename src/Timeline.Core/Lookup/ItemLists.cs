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
/// (<see cref="Add"/>, <see cref="AddAround"/>). An entry may so outlive its item, its link or its date: the read checks every
/// entry it takes against the item itself, and reads the anchor's items directly when stale entries leave a page short.
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

    /// <summary>Joins a list's kind and anchor id, and an entry's sort keys. Below every printable character, so that joined
    /// keys sort as their parts do; no id or date key holds it.</summary>
    public const char Separator = '\u001f';

    /// <summary>Joins a list's key and a bucket's start in the bucket's key.</summary>
    public const char BucketSeparator = '\u001e';

    /// <summary>The most entries a bucket holds; past it, it is split in halves.</summary>
    public const int Capacity = 512;

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
    public static string BucketOf(string starts, string entry, string at = "at", string j = "j") =>
        $"reduce({at} = 0, {j} IN range(0, size({starts}) - 1) | CASE WHEN {starts}[{j}] <= {entry} THEN {j} ELSE {at} END)";

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
        };
        foreach (var (key, value) in more)
            parameters[key] = value;
        return parameters;
    }

    private static readonly string ItemById = string.Join("\n", GraphLabels.Dated.Select(label =>
        $"OPTIONAL MATCH (by{label}:{label} {{{GraphProperties.Id}: id}})")) +
        $"\nWITH coalesce({string.Join(", ", GraphLabels.Dated.Select(label => "by" + label))}) AS item\nWHERE item IS NOT NULL\n";

    private static readonly string AddItems = "UNWIND $ids AS id\n" + ItemById + ListItems();

    private static readonly string AddAroundEntities = $$"""
        UNWIND $ids AS id
        MATCH (anchor:{{GraphLabels.Entity}} {{{GraphProperties.Id}}: id})
        MATCH {{ItemListKind.Involving.Pattern("item", "anchor")}}
        WHERE {{string.Join(" OR ", GraphLabels.Dated.Select(label => "item:" + label))}}
        WITH DISTINCT item

        """ + ListItems();

    // From rows of `item`: each item's entry under each of its anchors.
    private static string ListItems() => $$"""
        WITH item, {{EntryOf("item", "$undated", "$separator")}} AS entry
        UNWIND {{string.Join("\n     + ", ItemListKind.All.Select(k =>
            $"[{k.Pattern("item", "a")} | '{k.Name}' + $separator + a.{GraphProperties.Id}]"))}} AS listKey

        """ + WriteEntries;

    /// <summary>From rows of <c>listKey</c> and <c>entry</c>, with <see cref="Parameters"/>: the entries grouped by list; each
    /// list locked (a constant write) before its starts are read, so that concurrent writers of one list take turns; each
    /// entry into the bucket whose start is the last one not after it (an entry held already is left alone); a bucket over
    /// capacity split in halves; the list's starts and sizes written once. Every kind of list is written by this text.</summary>
    internal static string WriteEntries => $$"""
        WITH DISTINCT listKey, entry
        WITH listKey, collect(entry) AS entries
        ORDER BY listKey
        MERGE (list:{{GraphLabels.ItemList}} {{{KeyProperty}}: listKey})
        ON CREATE SET list.{{StartsProperty}} = [''], list.{{SizesProperty}} = [0]
        SET list.{{LockProperty}} = true
        WITH list, entries
        UNWIND entries AS entry
        WITH list, entry, {{BucketOf("list." + StartsProperty, "entry")}} AS at
        WITH list, at, collect(entry) AS adds
        MERGE (bucket:{{GraphLabels.ItemBucket}} {{{KeyProperty}}: list.{{KeyProperty}} + $bucketSeparator + list.{{StartsProperty}}[at]})
        WITH list, at, bucket, coalesce(bucket.{{EntriesProperty}}, []) AS held, adds
        WITH list, at, bucket, held, [e IN adds WHERE NOT e IN held] AS fresh
        WHERE size(fresh) > 0
        UNWIND held + fresh AS e
        WITH list, at, bucket, e ORDER BY e
        WITH list, at, bucket, collect(e) AS sorted
        WITH list, at, bucket, CASE WHEN size(sorted) > $capacity THEN [k IN range(0, size(sorted) - 1, $half) | sorted[k..k + $half]] ELSE [sorted] END AS pieces
        SET bucket.{{EntriesProperty}} = pieces[0]
        FOREACH (piece IN pieces[1..] | CREATE (:{{GraphLabels.ItemBucket}} {{{KeyProperty}}: list.{{KeyProperty}} + $bucketSeparator + piece[0], {{EntriesProperty}}: piece}))
        WITH list, collect({at: at, starts: [list.{{StartsProperty}}[at]] + [p IN pieces[1..] | p[0]], sizes: [p IN pieces | size(p)]}) AS changes
        WITH list, reduce(acc = {starts: [], sizes: []}, j IN range(0, size(list.{{StartsProperty}}) - 1) |
          CASE WHEN any(c IN changes WHERE c.at = j)
               THEN {starts: acc.starts + head([c IN changes WHERE c.at = j]).starts, sizes: acc.sizes + head([c IN changes WHERE c.at = j]).sizes}
               ELSE {starts: acc.starts + list.{{StartsProperty}}[j], sizes: acc.sizes + list.{{SizesProperty}}[j]} END) AS next
        SET list.{{StartsProperty}} = next.starts, list.{{SizesProperty}} = next.sizes
        """;
}
