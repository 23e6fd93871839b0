using System.Globalization;

namespace Timeline.Primitives;

/// <summary>The sortable form of a date bound as stored in the graph: fixed-width UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>, so that
/// string order is time order and overlap filters and ordering are plain string comparisons an index can serve.</summary>
public static class DateKey
{
    /// <summary>The .NET format string of a key.</summary>
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Sorts after every real date: undated items take it as both bounds to come last in a chronological order.</summary>
    public const string Undated = "9999-12-31T23:59:59Z";

    /// <summary>How many leading characters of a key name its year, month or day (4, 7, 10): that prefix of a key is the
    /// text of the period holding the instant at that precision ("2026", "2026-01", "2026-01-03"), and prefixes of one
    /// length order as the periods do.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A precision that is not a year, month or day.</exception>
    public static int PeriodLength(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => 4,
        DatePrecision.Month => 7,
        DatePrecision.Day => 10,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "A period is a year, a month or a day."),
    };

    /// <summary>The key of an instant.</summary>
    public static string Of(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The instant a key stands for.</summary>
    /// <exception cref="FormatException">The text is not a key.</exception>
    public static DateTimeOffset Parse(string key) =>
        DateTimeOffset.ParseExact(key, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
