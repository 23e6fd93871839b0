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

    /// <summary>The key of an instant.</summary>
    public static string Of(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The instant a key stands for.</summary>
    /// <exception cref="FormatException">The text is not a key.</exception>
    public static DateTimeOffset Parse(string key) =>
        DateTimeOffset.ParseExact(key, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
