using System.Globalization;

namespace Timeline.Client.Dates;

/// <summary>The window bounds the API derives from a <c>from</c>/<c>to</c> date text, as the fixed-width keys stored in
/// Neo4j (<c>yyyy-MM-ddTHH:mm:ssZ</c>): a year, month or day spans its whole period, a minute its 60 seconds, and a
/// range <c>a/b</c> runs from a's start to b's end.</summary>
internal static class DateBounds
{
    private const string KeyFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string EarliestKey(string text) => Key(Bounds(text).Earliest);

    public static string LatestKey(string text) => Key(Bounds(text).Latest);

    public static (DateTimeOffset Earliest, DateTimeOffset Latest) Bounds(string text)
    {
        text = text.Trim();
        var slash = text.IndexOf('/');
        if (slash >= 0)
            return (Bounds(text[..slash]).Earliest, Bounds(text[(slash + 1)..]).Latest);
        var inv = CultureInfo.InvariantCulture;
        var utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (text.Length == 4 && DateTime.TryParseExact(text, "yyyy", inv, utc, out var year))
            return (Utc(year), Utc(year.AddYears(1)).AddSeconds(-1));
        if (text.Length == 7 && DateTime.TryParseExact(text, "yyyy-MM", inv, utc, out var month))
            return (Utc(month), Utc(month.AddMonths(1)).AddSeconds(-1));
        if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", inv, utc, out var day))
            return (Utc(day), Utc(day.AddDays(1)).AddSeconds(-1));
        var z = text.EndsWith('Z') ? text[..^1] + "+00:00" : text;
        if (DateTimeOffset.TryParseExact(z, "yyyy-MM-dd'T'HH:mmzzz", inv, DateTimeStyles.None, out var minute))
            return (minute.ToUniversalTime(), minute.ToUniversalTime().AddSeconds(59));
        if (DateTimeOffset.TryParseExact(z, "yyyy-MM-dd'T'HH:mm:sszzz", inv, DateTimeStyles.None, out var second))
            return (second.ToUniversalTime(), second.ToUniversalTime());
        throw new FormatException($"'{text}' is not a date the API accepts (2019, 2025-12, 2026-01-09, 2026-01-09T14:30Z or a/b).");
    }

    public static DateTimeOffset ParseKey(string key) =>
        DateTimeOffset.ParseExact(key, KeyFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string Key(DateTimeOffset value) => value.UtcDateTime.ToString(KeyFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
