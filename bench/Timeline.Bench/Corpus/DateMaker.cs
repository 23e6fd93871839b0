using System.Globalization;

namespace Timeline.Bench.Corpus;

/// <summary>Dates of mixed precision over several years: mostly days, some months, years, times and ranges
/// ("less than a week before"), as reporting states them.</summary>
internal static class DateMaker
{
    public static readonly DateTime Start = new(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime End = new(2026, 6, 30, 0, 0, 0, DateTimeKind.Utc);

    public static DateTime Day(SplitMix64 rng) => Start.AddDays(rng.Next((int)(End - Start).TotalDays));

    /// <summary>A date near <paramref name="anchor"/> (the document's publication day): within the previous ~60 days.</summary>
    public static BenchDate Near(SplitMix64 rng, DateTime anchor)
    {
        var day = anchor.AddDays(-rng.Next(60));
        if (day < Start)
            day = Start;
        return Of(rng, day);
    }

    public static BenchDate Of(SplitMix64 rng, DateTime day)
    {
        var p = rng.NextDouble();
        if (p < 0.08)
            return new BenchDate(day.ToString("yyyy", CultureInfo.InvariantCulture));
        if (p < 0.25)
            return new BenchDate(day.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        if (p < 0.80)
            return new BenchDate(Iso(day));
        if (p < 0.90)
            return new BenchDate(day.AddMinutes(rng.Next(24 * 60)).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture));
        return new BenchDate(Iso(day.AddDays(-rng.Between(1, 10))), Iso(day));
    }

    public static string Iso(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
