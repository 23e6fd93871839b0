using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Shaping;

namespace Timeline.Api.Translation.Tree;

/// <summary>A nested Relay connection (e.g. an entity's relations): the list query fetches first + 1 items after the cursor.</summary>
internal sealed class ConnectionValue(ListQuery query, ConnectionShape shape) : ValueNode
{
    public override string Write(CypherBuilder builder) => query.Write(builder);

    public override object? Shape(object? value) =>
        shape.Shape(value is IReadOnlyList<object?> items ? items.OfType<IReadOnlyDictionary<string, object?>>().ToList() : []);
}
