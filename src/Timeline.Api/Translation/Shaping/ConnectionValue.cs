using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Shaping;

/// <summary>A nested Relay connection (e.g. an entity's relations): the list query fetches one page and one item more.</summary>
internal sealed class ConnectionValue(ListQuery query, ConnectionShape shape) : ValueNode
{
    public override string Write(CypherBuilder builder) => query.Write(builder);

    public override object? Shape(object? value) =>
        shape.Shape(value is IReadOnlyList<object?> items ? items.OfType<IReadOnlyDictionary<string, object?>>().ToList() : []);
}
