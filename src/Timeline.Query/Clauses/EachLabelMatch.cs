using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>With no anchor: the item is any node of these labels, each label matched on its own (with the filters) so that
/// each match can use that label's index, and the matches joined into one list. A single
/// <c>MATCH (item) WHERE item:A OR item:B</c> would read every node of the graph.</summary>
public sealed class EachLabelMatch(IReadOnlyList<string> labels) : MatchClause
{
    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        if (w.Anchors.Count > 0)
            throw new InvalidOperationException("A match per label takes no anchors.");
        var b = w.Builder;
        var item = b.Name(w.Item);
        var kept = w.Carried.ToList();
        var matches = new List<string>();
        foreach (var label in labels)
        {
            var matched = b.Name(new CypherVariable("matched"));
            w.Text.Append($"OPTIONAL MATCH ({item}:{CypherNames.Label(label)})");
            WriteWhere(w);
            w.Text.Append($"\nWITH {string.Join(", ", kept.Append($"collect({item}) AS {matched}"))}\n");
            kept.Add(matched);
            matches.Add(matched);
        }
        var all = string.Join(" + ", matches);
        // Counted: one null row when nothing matched, so that the count (zero) still comes back.
        w.Text.Append(w.Counted ? $"UNWIND CASE size({all}) WHEN 0 THEN [null] ELSE {all} END AS {item}\n" : $"UNWIND {all} AS {item}\n");
    }
}
