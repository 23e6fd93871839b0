using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary>The service's return: one found flag per anchor (<c>found0</c>, …), the count when the items are counted
/// (<c>total</c>), and the item's projection in one column
/// <c>item</c> (null when the optional match found nothing, so that the flags still come back).</summary>
public sealed class ItemReturn(ValueNode projection, SourceCatalog? catalog = null, IReadOnlyList<ItemAggregate>? aggregates = null) : ReturnClause
{
    /// <summary>The column holding the projected item.</summary>
    public const string ItemColumn = "item";

    /// <summary>The column holding the number of items, when the statement counts them.</summary>
    public const string TotalColumn = "total";

    /// <summary>The column saying whether anchor <paramref name="anchor"/> was found.</summary>
    public static string FoundColumn(int anchor) => "found" + anchor;

    /// <inheritdoc />
    public override bool ReportsAnchors => true;

    /// <inheritdoc />
    public override SourceCatalog? Catalog => catalog;

    /// <inheritdoc />
    public override IReadOnlyList<ItemAggregate> Aggregates => aggregates ?? [];

    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var b = w.Builder;
        w.Text.Append("RETURN ");
        for (var i = 0; i < w.Anchors.Count; i++)
            w.Text.Append($"{b.Name(w.Anchors[i].Variable)} IS NOT NULL AS {FoundColumn(i)}, ");
        if (w.Total is { } total)
            w.Text.Append($"{b.Name(total)} AS {TotalColumn}, ");
        var value = projection.Write(b);
        w.Text.Append(w.ItemOptional ? $"CASE WHEN {b.Name(w.Item)} IS NULL THEN null ELSE {value} END" : value);
        w.Text.Append(" AS ").Append(ItemColumn);
    }
}
