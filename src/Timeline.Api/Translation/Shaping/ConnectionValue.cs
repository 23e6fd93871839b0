using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Shaping;

/// <summary>A nested Relay connection (e.g. an entity's relations): the list query fetches one page and one item more. With
/// <c>totalCount</c> selected the value is <c>{page: [...], total: size([...])}</c>, the count written beside the page in
/// the same expression; without it, just the page.</summary>
internal sealed class ConnectionValue(ListQuery query, ConnectionShape shape, ValueNode? count = null) : ValueNode
{
    private const string PageKey = "page";
    private const string TotalKey = "total";

    public override string Write(CypherBuilder builder) => !shape.CountsTotal || count is null
        ? query.Write(builder)
        : $"{{{PageKey}: {(shape.ReadsPage ? query.Write(builder) : "[]")}, {TotalKey}: {count.Write(builder)}}}";

    public override object? Shape(object? value)
    {
        var total = 0;
        if (shape.CountsTotal && count is not null && value is IReadOnlyDictionary<string, object?> map)
        {
            total = (int)count.Shape(map.GetValueOrDefault(TotalKey))!;
            value = map.GetValueOrDefault(PageKey);
        }
        return shape.Shape(value is IReadOnlyList<object?> items ? items.OfType<IReadOnlyDictionary<string, object?>>().ToList() : [], total);
    }
}
