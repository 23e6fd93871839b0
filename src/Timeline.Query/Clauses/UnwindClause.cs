using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary><c>WITH list AS rows UNWIND rows AS row</c>: one row per element of a list computed for the item (e.g. an entity's associates,
/// as Browser rows).</summary>
public sealed class UnwindClause(ValueNode list) : RegroupClause
{
    /// <inheritdoc />
    public override Cypher.CypherVariable Row { get; } = new("row");

    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        // The list is bound by a WITH first: Neo4j 3.1 gives no rows for an UNWIND of this kind of nested expression itself.
        var rows = w.Builder.Name(new Cypher.CypherVariable("rows"));
        w.Text.Append("WITH ").Append(string.Join(", ", w.Carried.Append($"{list.Write(w.Builder)} AS {rows}")))
            .Append($"\nUNWIND {rows} AS {w.Builder.Name(Row)}\n");
        w.Regroup(Row, w.Carried);
    }
}
