namespace Timeline.Query.Clauses;

/// <summary><c>WITH DISTINCT …</c>: one row per item when several paths reach it (e.g. an entity that both took part in an
/// event and is what a statement is about).</summary>
public sealed class DistinctClause : Clause
{
    /// <inheritdoc />
    public override void Write(QueryWriter w) => w.Text.Append("WITH DISTINCT ").Append(string.Join(", ", w.Scope)).Append('\n');
}
