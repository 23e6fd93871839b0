using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>The first of several values that is not null: <c>coalesce(n.name, n.title, n.id)</c>.</summary>
public sealed class CoalesceValue(params ValueNode[] values) : ValueNode
{
    /// <inheritdoc />
    public override string Write(CypherBuilder builder) => "coalesce(" + string.Join(", ", values.Select(v => v.Write(builder))) + ")";
}
