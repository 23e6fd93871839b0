using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>The clauses that read a page's entries from a sorted list (<see cref="ItemLists"/>, <see cref="RelationLists"/>):
/// the bucket holding the cursor and the next ones until they hold <c>candidates</c> entries, their entries after the cursor,
/// in order, at most <c>candidates</c> of them — one row per entry (one row with a null entry when there is none). Each row
/// coming in reads its own list (e.g. one per owner entity), so nothing is ordered or cut across rows.
/// <code>
/// OPTIONAL MATCH (list:ItemList {key: listKey})
/// WITH …, starts, sizes → at (the bucket holding the cursor), to (the last bucket the page needs)
/// OPTIONAL MATCH (bucket:ItemBucket) WHERE bucket.key IN [the buckets at..to]
/// WITH …, collect(bucket) → their entries in bucket order, after the cursor, the first candidates
/// UNWIND entries AS entry
/// </code>
/// <c>complete</c> says the rows hold every entry after the cursor: a list that exists and was read to its end; <c>exact</c>
/// that the list is exact (<see cref="ItemLists.ExactProperty"/>): its entries need no check.</summary>
internal static class ListEntriesRead
{
    /// <param name="w">The statement.</param>
    /// <param name="carried">What every <c>WITH</c> carries besides the read's own names.</param>
    /// <param name="listKey">The list's key (an expression).</param>
    /// <param name="after">The cursor as an entry (an expression), or null on a first page: the read then starts at the first
    /// bucket's first entry, with no search (on Neo4j 3.1 each step of a search's <c>reduce</c> costs as much as reading a
    /// bucket: the searches were a fifth of a 3-level request's time).</param>
    /// <param name="candidates">How many entries to read at most (an expression).</param>
    /// <param name="absent">An expression true when there is nothing to read the list of (e.g. the anchor was not found), or null.</param>
    /// <param name="constant">Carried names that hold one value over the read's rows, which its aggregation must not group by
    /// (see <see cref="Grouping"/>), or null.</param>
    /// <param name="exactCandidates">How many entries to read of an exact list, when fewer (an expression), or null.</param>
    /// <returns>The names of <c>complete</c>, <c>exact</c> and <c>entry</c>.</returns>
    public static (string Complete, string Exact, string Entry) Write(QueryWriter w, IReadOnlyList<string> carried, string listKey, string? after,
        string candidates, string? absent, IReadOnlyCollection<string>? constant = null, string? exactCandidates = null)
    {
        var b = w.Builder;
        string V(string hint) => b.Name(new CypherVariable(hint));
        var (list, starts, sizes, at, to, read, complete, bucket, entries, entry) =
            (V("list"), V("starts"), V("sizes"), V("at"), V("to"), V("read"), V("complete"), V("bucket"), V("entries"), V("entry"));
        // Only a read that reads fewer entries of an exact list carries whether it is, and how many it reads.
        var listed = exactCandidates is not null;
        var (exact, take) = listed ? (V("exact"), V("take")) : ("false", candidates);
        string[] Exact(params string[] names) => listed ? names : [];
        var (j, acc, taken, e, held, k, x) = (V("j"), V("acc"), V("taken"), V("e"), V("held"), V("k"), V("x"));
        var (oneBucket, first, range, step) = (V("bucketEntries"), V("firstAfter"), V("r"), V("q"));
        var bucketSeparator = b.Parameter("bucketSeparator", ItemLists.BucketSeparator.ToString());
        var key = CypherNames.Key(ItemLists.KeyProperty);
        string With(IEnumerable<string> names) => "WITH " + string.Join(", ", carried.Concat(names));

        var t = w.Text;
        t.Append($"OPTIONAL MATCH ({list}:{CypherNames.Label(GraphLabels.ItemList)} {{{key}: {listKey}}})\n");
        var missing = absent is null ? $"{list} IS NULL" : $"{absent} OR {list} IS NULL";
        t.Append(With([list, $"CASE WHEN {missing} THEN [] ELSE {list}.{ItemLists.StartsProperty} END AS {starts}",
            $"CASE WHEN {list} IS NULL THEN [] ELSE {list}.{ItemLists.SizesProperty} END AS {sizes}",
            .. Exact($"{list} IS NOT NULL AND coalesce({list}.{CypherNames.Property(ItemLists.ExactProperty)}, false) AS {exact}")])).Append('\n');
        t.Append(With([list, starts, sizes, .. Exact(exact, $"CASE WHEN {exact} THEN {exactCandidates} ELSE {candidates} END AS {take}"),
            $"{(after is null ? "0" : ItemLists.BucketOf(starts, after, at, j))} AS {at}"])).Append('\n');
        // Every bucket after the first holds an entry at least (a split leaves half a bucket on each side; entries are never
        // removed), so the buckets needed lie within `take` of the cursor's: the walk stops there, not at a hub's last.
        var last = $"CASE WHEN {at} + {take} < size({starts}) - 1 THEN {at} + {take} ELSE size({starts}) - 1 END";
        t.Append(With([list, starts, .. Exact(exact, take), at, $"reduce({acc} = {{n: 0, to: {at}}}, {j} IN range({at} + 1, {last}) | " +
            $"CASE WHEN {acc}.n >= {take} THEN {acc} ELSE {{n: {acc}.n + {sizes}[{j}], to: {j}}} END).to AS {to}"])).Append('\n');
        t.Append(With([.. Exact(exact, take), $"[{e} IN {starts}[{at}..{to} + 1] | {listKey} + {bucketSeparator} + {e}] AS {read}",
            $"{list} IS NOT NULL AND {to} + 1 >= size({starts}) AS {complete}"])).Append('\n');
        t.Append($"OPTIONAL MATCH ({bucket}:{CypherNames.Label(GraphLabels.ItemBucket)}) WHERE {bucket}.{key} IN {read}\n");
        // The buckets in the order of their starts: each is sorted, so their entries together are.
        t.Append("WITH " + string.Join(", ", Grouping(carried, constant ?? []).Append(complete).Concat(Exact(exact, take)).Append(read)) + $", collect({bucket}) AS {held}\n");
        // Bucket by bucket, each one's entries after the cursor, no more than the page still needs (one past `take` says there
        // are more), and none once it is full: a bucket holds up to 512 entries, and a page a few dozen. A bucket is sorted, so
        // its first entry after the cursor is found by binary search and the rest sliced: comparing every entry of a bucket
        // with the cursor was most of a 3-level request's list reads.
        var entriesOfK = $"coalesce(head([{x} IN {held} WHERE {x}.{key} = {k} | {x}.{ItemLists.EntriesProperty}]), [])";
        var afterCursor = after is null
            ? $"{entriesOfK}[0..{take} + 1 - size({taken})]"
            : $"head([{oneBucket} IN [{entriesOfK}] | head([{first} IN [{ItemLists.LastNotAfter(oneBucket, after, -1, range, step)} + 1] | " +
              $"{oneBucket}[{first}..{first} + {take} + 1 - size({taken})]])])";
        t.Append(With([$"reduce({taken} = [], {k} IN {read} | CASE WHEN size({taken}) > {take} THEN {taken} ELSE {taken} + {afterCursor} END) AS {entries}",
            complete, .. Exact(exact, take)])).Append('\n');
        t.Append(With([$"{complete} AND size({entries}) <= {take} AS {complete}", .. Exact(exact), $"{entries}[0..{take}] AS {entries}"])).Append('\n');
        t.Append($"UNWIND CASE WHEN size({entries}) = 0 THEN [null] ELSE {entries} END AS {entry}\n");
        return (complete, exact, entry);
    }

    /// <summary>The carried names of an aggregating <c>WITH</c>, each of <paramref name="constant"/> (one value over the rows)
    /// carried as <c>head(collect(name)) AS name</c> instead of as a grouping key: on Neo4j 3.1 a node that an aggregation
    /// grouped by reads wrongly in a later pattern comprehension of the return (the comprehension matched every relationship
    /// of the graph, as if the node were unbound), and a map or list value is hashed whole for every row (a level above's
    /// page, carried down, was most of a 3-level request's cost).</summary>
    public static IEnumerable<string> Grouping(IEnumerable<string> carried, IReadOnlyCollection<string> constant) =>
        carried.Select(name => constant.Contains(name) ? $"head(collect({name})) AS {name}" : name);
}
