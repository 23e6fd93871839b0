using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Primitives;
using Timeline.Query.Cypher;
using Timeline.Query.Paging;
using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary>One page of an anchor's items read from its item list (<see cref="ItemLists"/>) instead of from every item joined
/// to it: the bucket holding the cursor and the next ones until they hold the page, their entries after the cursor in
/// order, the first <see cref="Page.Limit"/> + <see cref="ReadAhead"/> of them fetched by id and each kept only if it is
/// still joined to the anchor at that date. When stale entries leave the page short (or the anchor has no list yet), the
/// items are matched as <see cref="Scan"/> does — in the same statement, so the answer is always the scan's.
/// <code>
/// OPTIONAL MATCH (list:ItemList {key: $listKey})
/// WITH …, starts, sizes → at (the bucket holding the cursor), to (the last bucket the page needs)
/// OPTIONAL MATCH (bucket:ItemBucket) WHERE bucket.key IN [the buckets at..to]
/// UNWIND [their entries after the cursor] AS entry … ORDER BY entry LIMIT $candidates
/// OPTIONAL MATCH (byEvent:Event {id: …}) … → the candidates still listed rightly
/// OPTIONAL MATCH scan pattern WHERE short AND filters      (read only when the list did not answer)
/// UNWIND CASE WHEN short THEN scanned ELSE listed END AS item
/// </code>
/// The order clause that follows sorts and cuts the items as it does after a scan.</summary>
/// <param name="anchor">The anchor whose list is read (the query's first).</param>
/// <param name="kind">Which of its lists.</param>
/// <param name="page">The page asked for.</param>
/// <param name="after">The cursor as an entry (empty on the first page).</param>
/// <param name="scan">The match this one stands for.</param>
public sealed class ItemListMatch(Anchor anchor, ItemListKind kind, Page page, string after, PatternMatch scan) : MatchClause
{
    /// <summary>Entries read past the page, so that a few stale ones on a page cost nothing.</summary>
    public const int ReadAhead = 16;

    /// <summary>The match of every item, which this one stands for (what a count or a whole answer needs).</summary>
    public MatchClause Scan => scan;

    /// <summary>The page this read is for.</summary>
    public Page Page => page;

    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var b = w.Builder;
        string V(string hint) => b.Name(new CypherVariable(hint));
        var (list, starts, sizes, at, to, read, complete, bucket, entries, entry, candidate, links, listed, isShort, scanned) =
            (V("list"), V("starts"), V("sizes"), V("at"), V("to"), V("read"), V("complete"), V("bucket"), V("entries"), V("entry"),
             V("candidate"), V("links"), V("listed"), V("short"), V("scanned"));
        var link = V("link");
        var (j, acc, all, e, held) = (V("j"), V("acc"), V("all"), V("e"), V("held"));
        var listKey = b.Parameter("listKey", kind.ListKey(anchor.Id));
        var afterEntry = b.Parameter("after", after);
        var limit = b.Parameter("pageLimit", page.Limit);
        var candidates = b.Parameter("candidates", page.Limit + ReadAhead);
        var undated = b.Parameter("undated", DateKey.Undated);
        var separator = b.Parameter("separator", ItemLists.Separator.ToString());
        var bucketSeparator = b.Parameter("bucketSeparator", ItemLists.BucketSeparator.ToString());
        var owner = b.Name(anchor.Variable);
        var item = b.Name(w.Item);
        string With(params string[] names) => "WITH " + string.Join(", ", w.Carried.Concat(names));
        var key = CypherNames.Key(ItemLists.KeyProperty);

        var t = w.Text;
        t.Append($"OPTIONAL MATCH ({list}:{CypherNames.Label(GraphLabels.ItemList)} {{{key}: {listKey}}})\n");
        t.Append(With(list, $"CASE WHEN {owner} IS NULL OR {list} IS NULL THEN [] ELSE {list}.{ItemLists.StartsProperty} END AS {starts}",
            $"CASE WHEN {list} IS NULL THEN [] ELSE {list}.{ItemLists.SizesProperty} END AS {sizes}")).Append('\n');
        t.Append(With(list, starts, sizes,
            $"{ItemLists.BucketOf(starts, afterEntry, at, j)} AS {at}")).Append('\n');
        t.Append(With(list, starts, at, $"reduce({acc} = {{n: 0, to: {at}}}, {j} IN range({at} + 1, size({starts}) - 1) | " +
            $"CASE WHEN {acc}.n >= {candidates} THEN {acc} ELSE {{n: {acc}.n + {sizes}[{j}], to: {j}}} END).to AS {to}")).Append('\n');
        t.Append(With($"[{e} IN {starts}[{at}..{to} + 1] | {listKey} + {bucketSeparator} + {e}] AS {read}",
            $"{list} IS NOT NULL AND {to} + 1 >= size({starts}) AS {complete}")).Append('\n');
        t.Append($"OPTIONAL MATCH ({bucket}:{CypherNames.Label(GraphLabels.ItemBucket)}) WHERE {bucket}.{key} IN {read}\n");
        t.Append(With(complete, $"[{e} IN reduce({all} = [], {held} IN collect({bucket}) | {all} + {held}.{ItemLists.EntriesProperty}) WHERE {e} > {afterEntry}] AS {entries}")).Append('\n');
        t.Append(With($"{complete} AND size({entries}) <= {candidates} AS {complete}", entries)).Append('\n');
        t.Append($"UNWIND CASE WHEN size({entries}) = 0 THEN [null] ELSE {entries} END AS {entry}\n");
        t.Append(With(complete, entry)).Append($" ORDER BY {entry} LIMIT {candidates}\n");
        var byLabel = kind.ItemLabels.Select(label => (Label: label, Name: V("by" + label))).ToList();
        foreach (var (label, name) in byLabel)
            t.Append($"OPTIONAL MATCH ({name}:{CypherNames.Label(label)} {{{CypherNames.Key(GraphProperties.Id)}: split({entry}, {separator})[-1]}})\n");
        t.Append(With(complete, entry, $"coalesce({string.Join(", ", byLabel.Select(l => l.Name))}) AS {candidate}")).Append('\n');
        // (A pattern comprehension on a node bound by OPTIONAL MATCH reads as null on Neo4j 3.1: the link is matched.)
        t.Append($"OPTIONAL MATCH {kind.Pattern(candidate, owner, link)}\n");
        t.Append(With(complete, entry, candidate, $"count({link}) AS {links}")).Append('\n');
        t.Append(With(complete, $"collect(CASE WHEN {links} > 0 AND {ItemLists.EntryOf(candidate, undated, separator)} = {entry} THEN {candidate} END) AS {listed}")).Append('\n');
        t.Append(With(listed, $"NOT {complete} AND size({listed}) < {limit} AS {isShort}")).Append('\n');
        t.Append($"OPTIONAL MATCH {scan.Pattern.Write(b)}\nWHERE {isShort}");
        if (scan.Where.Count > 0)
            t.Append(" AND ").Append(FilterNode.WriteAll(scan.Where, b));
        t.Append('\n');
        t.Append(With(listed, isShort, $"collect({item}) AS {scanned}")).Append('\n');
        t.Append($"UNWIND CASE WHEN {isShort} AND size({scanned}) > 0 THEN {scanned} WHEN NOT {isShort} AND size({listed}) > 0 THEN {listed} ELSE [null] END AS {item}\n");
    }
}
