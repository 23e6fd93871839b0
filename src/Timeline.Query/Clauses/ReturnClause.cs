namespace Timeline.Query.Clauses;

/// <summary>What the statement returns for each item. It decides how the statement treats its anchors: the service's
/// <see cref="ItemReturn"/> reports missing ones, Browser's <see cref="ColumnsReturn"/> just returns no rows.</summary>
public abstract class ReturnClause : Clause
{
    /// <summary>Whether the anchors are reported with found flags.</summary>
    public abstract bool ReportsAnchors { get; }

    /// <summary>The source catalogue the returned values read, when they read it.</summary>
    public virtual SourceCatalog? Catalog => null;

    /// <summary>Values of the item that are aggregated by clauses of their own, written just before the return.</summary>
    public virtual IReadOnlyList<ItemAggregate> Aggregates => [];
}
