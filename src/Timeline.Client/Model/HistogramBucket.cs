using Timeline.Primitives;

namespace Timeline.Client;

/// <summary>One period of a timeline histogram.</summary>
/// <param name="Period">The period as a date text: <c>2026</c>, <c>2026-01</c> or <c>2026-01-03</c>.</param>
/// <param name="Events">Events whose whole date range lies in this period.</param>
/// <param name="Statements">Statements whose whole date range lies in this period.</param>
/// <param name="Imprecise">Items whose date range overlaps this period but spans several (e.g. known only to the month in a
/// histogram by day): counted once in each period they overlap, never in Events or Statements.</param>
public sealed record HistogramBucket(string Period, int Events, int Statements, int Imprecise)
{
    /// <summary>The period's first moment (UTC).</summary>
    public DateTimeOffset Start => PartialDate.Parse(Period).Earliest;

    /// <summary>The period's last moment (UTC, inclusive).</summary>
    public DateTimeOffset End => PartialDate.Parse(Period).Latest;
}
