using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Primitives;
using Timeline.Query.Cypher;
using Timeline.Query.Paging;
using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary>One page of an anchor's items read from its item list (<see cref="ItemLists"/>) instead of from every item joined
/// to it: the bucket holding the cursor and the next ones until they hold the page, their entries after the cursor in
/// order, fetched by id: of an exact list (<see cref="ItemLists.ExactProperty"/>) the first <see cref="Page.Limit"/>, as they
/// are; of any other the first <see cref="Page.Limit"/> + <see cref="ReadAhead"/>, each kept only if it is still joined to the
/// anchor at that date. When stale entries leave the page short (or the anchor has no list yet), the
/// items are matched as <paramref name="scan"/> does — in the same statement, so the answer is always the scan's.
/// <code>
/// the list's entries after the cursor, the first $candidates, in order        (<see cref="ListEntriesRead"/>)
/// OPTIONAL MATCH (byEvent:Event {id: …}) WHERE exact OR linked …  → the candidates (an inexact list's: still listed
///                                                                     rightly), collected in order
/// OPTIONAL MATCH scan pattern WHERE short AND filters AND after the cursor   (read only when the list did not answer)
/// WITH … ORDER BY the keys → collect(DISTINCT item) AS scanned
/// UNWIND CASE WHEN short THEN scanned ELSE listed END AS item
/// </code>
/// Either way the rows come one per item, in the order of <c>keys</c>, after the cursor: the order clause that follows
/// only cuts them (<see cref="OrderClause.InListOrder"/>). A list's entries sort as its items' keys do
/// (<see cref="ItemLists.Entry"/>).</summary>
/// <param name="anchor">The anchor whose list is read (the query's first).</param>
/// <param name="kind">Which of its lists.</param>
/// <param name="page">The page asked for.</param>
/// <param name="after">The cursor as an entry (empty on the first page).</param>
/// <param name="scan">The match of every item, which this one stands for (what a count or another page matches:
/// <see cref="ReadQuery.FromItemList"/>).</param>
/// <param name="keys">The order of the answer (the scanned items are sorted by it).</param>
public sealed class ItemListMatch(Anchor anchor, ItemListKind kind, Page page, string after, PatternMatch scan, IReadOnlyList<SortKey> keys)
    : MatchClause
{
    /// <summary>Entries read past the page, so that a few stale ones on a page cost nothing.</summary>
    public const int ReadAhead = 16;

    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var b = w.Builder;
        string V(string hint) => b.Name(new CypherVariable(hint));
        var listKey = b.Parameter("listKey", kind.ListKey(anchor.Id));
        var afterEntry = after.Length == 0 ? null : b.Parameter("after", after);
        var limit = b.Parameter("pageLimit", page.Limit);
        var candidates = b.Parameter("candidates", page.Limit + ReadAhead);
        var undated = b.Parameter("undated", DateKey.Undated);
        var separator = b.Parameter("separator", ItemLists.Separator.ToString());
        var owner = b.Name(anchor.Variable);
        var item = b.Name(w.Item);
        string With(params string[] names) => "WITH " + string.Join(", ", w.Carried.Concat(names));

        // An exact list's entries are its anchor's items, each at its date: the page's own entries are read, as they are.
        var (complete, exact, entry) = ListEntriesRead.Write(w, w.Carried, listKey, afterEntry, candidates, $"{owner} IS NULL", exactCandidates: limit);
        var (candidate, listed, isShort, scanned) = (V("candidate"), V("listed"), V("short"), V("scanned"));
        var t = w.Text;
        // The entry of a list that is not exact is checked: its item still joined to the anchor (the item found only then),
        // at that date. (A pattern comprehension on a node bound by OPTIONAL MATCH reads as null on Neo4j 3.1: the link is a
        // predicate of the item's own match, tested only when the list is not exact.)
        var byLabel = kind.ItemLabels.Select(label => (Label: label, Name: V("by" + label))).ToList();
        foreach (var (label, name) in byLabel)
            t.Append($"OPTIONAL MATCH ({name}:{CypherNames.Label(label)} {{{CypherNames.Key(GraphProperties.Id)}: split({entry}, {separator})[-1]}}) WHERE {exact} OR {kind.Pattern(name, owner)}\n");
        t.Append(With(complete, exact, entry, $"coalesce({string.Join(", ", byLabel.Select(l => l.Name))}) AS {candidate}")).Append('\n');
        // The rows come in the entries' order, which collect keeps (no aggregation in between: an aggregation's groups come
        // out in no order); an entry is listed once, and an item at one date only.
        t.Append(With(complete, $"collect(CASE WHEN {exact} OR {ItemLists.EntryOf(candidate, undated, separator)} = {entry} THEN {candidate} END) AS {listed}")).Append('\n');
        t.Append(With(listed, $"NOT {complete} AND size({listed}) < {limit} AS {isShort}")).Append('\n');
        var filters = page.AfterCursor(keys) is { } afterCursor ? [.. scan.Where, afterCursor] : scan.Where;
        t.Append($"OPTIONAL MATCH {scan.Pattern.Write(b)}\nWHERE {isShort}");
        if (filters.Count > 0)
            t.Append(" AND ").Append(FilterNode.WriteAll(filters, b));
        t.Append('\n');
        t.Append(With(listed, isShort, item)).Append(" ORDER BY ").Append(string.Join(", ", keys.Select(k => k.Value.Write(b)))).Append('\n');
        t.Append(With(listed, isShort, $"collect(DISTINCT {item}) AS {scanned}")).Append('\n');
        t.Append($"UNWIND CASE WHEN {isShort} AND size({scanned}) > 0 THEN {scanned} WHEN NOT {isShort} AND size({listed}) > 0 THEN {listed} ELSE [null] END AS {item}\n");
    }
}
