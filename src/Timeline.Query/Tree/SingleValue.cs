using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>A single related value (<c>head([...])</c>), null when there is none.</summary>
public sealed class SingleValue(ListQuery query) : ValueNode
{
    /// <inheritdoc />
    public override string Write(CypherBuilder builder) => "head(" + query.Write(builder) + ")";

    /// <inheritdoc />
    public override object? Shape(object? value) => value is null ? null : query.Element.Shape(value);
}
