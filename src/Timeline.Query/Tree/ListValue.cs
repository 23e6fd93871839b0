using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>A list value: each element shaped by the element's value node. A list of every element, sorted, is ordered
/// here, when the answer is shaped, not by its statement (<see cref="ListQuery.OrderedByReader"/>).</summary>
public sealed class ListValue(ListQuery query) : ValueNode
{
    /// <inheritdoc />
    public override string Write(CypherBuilder builder) => query.Write(builder, forReader: true);

    /// <inheritdoc />
    public override object? Shape(object? value) =>
        value is IReadOnlyList<object?> items ? query.Order(items).Select(query.Element.Shape).ToList() : new List<object?>();
}
