using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>A list value: each element shaped by the element's value node.</summary>
public sealed class ListValue(ListQuery query) : ValueNode
{
    /// <inheritdoc />
    public override string Write(CypherBuilder builder) => query.Write(builder);

    /// <inheritdoc />
    public override object? Shape(object? value) =>
        value is IReadOnlyList<object?> items ? items.Select(query.Element.Shape).ToList() : new List<object?>();
}
