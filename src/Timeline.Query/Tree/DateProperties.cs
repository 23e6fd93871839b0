namespace Timeline.Query.Tree;

/// <summary>The four properties under which ingestion stores one PartialDate.</summary>
public sealed record DateProperties(string Text, string Precision, string Earliest, string Latest)
{
    /// <summary>Events and statements: <c>date</c> plus plain <c>precision</c>, <c>earliest</c>, <c>latest</c> (indexed).</summary>
    public static DateProperties EventDate { get; } = new("date", "precision", "earliest", "latest");

    /// <summary>Any other date property <c>p</c>: <c>p</c>, <c>pPrecision</c>, <c>pEarliest</c>, <c>pLatest</c>.</summary>
    public static DateProperties Prefixed(string property) =>
        new(property, property + "Precision", property + "Earliest", property + "Latest");
}
