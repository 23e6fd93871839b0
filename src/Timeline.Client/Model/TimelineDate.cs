using Timeline.Primitives;

namespace Timeline.Client;

/// <summary>A date as the API reports it: the original text, its precision and its inclusive UTC bounds
/// (a month runs from its first second to its last).</summary>
public sealed record TimelineDate(string Text, DatePrecision Precision, DateTimeOffset Earliest, DateTimeOffset Latest)
{
    /// <summary>True when the date is a single point in time worth drawing as a point (a day or a moment).</summary>
    public bool IsPoint => Precision is DatePrecision.Day or DatePrecision.Time;
}
