using Microsoft.Data.Analysis;

namespace Timeline.Client;

/// <summary>Counts of events and statements per period, in order, empty periods inside [From, To] included.</summary>
public sealed record HistogramResult(HistogramQuery Query, IReadOnlyList<HistogramBucket> Buckets)
{
    internal string? BrowserText { get; init; }

    /// <summary>One row per period: period, start, end (UTC), events, statements, imprecise.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("period", Buckets.Select(b => b.Period)),
        new PrimitiveDataFrameColumn<DateTime>("start", Buckets.Select(b => b.Start.UtcDateTime)),
        new PrimitiveDataFrameColumn<DateTime>("end", Buckets.Select(b => b.End.UtcDateTime)),
        new PrimitiveDataFrameColumn<int>("events", Buckets.Select(b => b.Events)),
        new PrimitiveDataFrameColumn<int>("statements", Buckets.Select(b => b.Statements)),
        new PrimitiveDataFrameColumn<int>("imprecise", Buckets.Select(b => b.Imprecise)));

    /// <summary>The same question as a Cypher query for Neo4j Browser: the text the service wrote from the query it ran.</summary>
    /// <exception cref="InvalidOperationException">The result was not made by <see cref="TimelineClient"/>.</exception>
    public string ToBrowserCypher() => BrowserCypherText.Of(BrowserText);
}
