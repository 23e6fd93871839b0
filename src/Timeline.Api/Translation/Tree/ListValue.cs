using Timeline.Api.Translation.Cypher;

namespace Timeline.Api.Translation.Tree;

/// <summary>A list field: each element shaped by the element projection.</summary>
internal sealed class ListValue(ListQuery query) : ValueNode
{
    public override string Write(CypherBuilder builder) => query.Write(builder);

    public override object? Shape(object? value) =>
        value is IReadOnlyList<object?> items ? items.Select(query.Element.Shape).ToList() : new List<object?>();
}
