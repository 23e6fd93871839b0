using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>Counts the items (after the match, its filters and distinctness; before the cursor and the page cut) in the same
/// statement, for a connection's <c>totalCount</c>. Written only when the count is asked for:
/// <code>WITH scope…, collect(item) AS matched
/// WITH scope…, matched, size(matched) AS total
/// UNWIND CASE total WHEN 0 THEN [null] ELSE matched END AS item</code>
/// The item's match is optional then (<see cref="QueryWriter.ItemOptional"/>), so that one row carries the count of an
/// empty answer.</summary>
public sealed class CountClause : Clause
{
    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var b = w.Builder;
        var item = b.Name(w.Item);
        var matched = b.Name(new CypherVariable("matched"));
        var total = new CypherVariable("total");
        var carried = w.Carried.ToList();
        w.Text.Append("WITH ").Append(string.Join(", ", carried.Append($"collect({item}) AS {matched}"))).Append('\n');
        w.Text.Append("WITH ").Append(string.Join(", ", carried.Append(matched).Append($"size({matched}) AS {b.Name(total)}"))).Append('\n');
        w.Text.Append($"UNWIND CASE {b.Name(total)} WHEN 0 THEN [null] ELSE {matched} END AS {item}\n");
        w.Carried.Add(b.Name(total));
        w.Total = total;
    }
}
