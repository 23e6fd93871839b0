using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>A variable itself: a node, relationship, path or list bound earlier (e.g. a path for Browser to draw).</summary>
public sealed class VariableValue(CypherVariable variable) : ValueNode
{
    /// <inheritdoc />
    public override string Write(CypherBuilder builder) => builder.Name(variable);
}
