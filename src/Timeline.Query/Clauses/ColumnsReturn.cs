using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary>Browser's return: named columns (a table to read) or nodes and paths (a graph Browser draws).</summary>
public sealed class ColumnsReturn(IReadOnlyList<(string Name, ValueNode Value)> columns) : ReturnClause
{
    /// <inheritdoc />
    public override bool ReportsAnchors => false;

    /// <inheritdoc />
    public override void Write(QueryWriter w) =>
        w.Text.Append("RETURN ").Append(string.Join(", ", columns.Select(c => c.Value.Write(w.Builder) + " AS " + CypherNames.Key(c.Name))));
}
