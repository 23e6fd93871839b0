using System.Globalization;
using Timeline.Primitives;

namespace Timeline.Drafting.Dates;

// PartialDates at the precision words carry, and the calendar arithmetic relative dates need (weeks start on Monday).
internal static class Calendar
{
    /// <summary>A day's text (<c>2026-01-09</c>), the layout a <see cref="PartialDate"/> of day precision has.</summary>
    public static string DayText(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static PartialDate Day(DateOnly d) => PartialDate.Parse(DayText(d));

    public static PartialDate Month(int year, int month) => PartialDate.Parse($"{year:D4}-{month:D2}");

    public static PartialDate Year(int year) => PartialDate.Parse($"{year:D4}");

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/>; one day when they are equal.</summary>
    public static PartialDate Range(DateOnly first, DateOnly last) =>
        first == last ? Day(first) : PartialDate.FromRange(Day(first), Day(last));

    /// <summary>The days from the first day of <paramref name="earliest"/> to the last of <paramref name="latest"/>
    /// (one day when they are the same day).</summary>
    public static PartialDate Between(PartialDate earliest, PartialDate latest)
    {
        var from = FirstDay(earliest);
        var to = LastDay(latest);
        return to < from ? Day(from) : Range(from, to);
    }

    public static DateOnly FirstDay(PartialDate date) => DateOnly.FromDateTime(date.Earliest.UtcDateTime);

    public static DateOnly LastDay(PartialDate date) => DateOnly.FromDateTime(date.Latest.UtcDateTime);

    public static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    public static DateOnly OnOrBefore(DateOnly d, DayOfWeek day) => d.AddDays(-(((int)d.DayOfWeek - (int)day + 7) % 7));

    public static DateOnly OnOrAfter(DateOnly d, DayOfWeek day) => d.AddDays(((int)day - (int)d.DayOfWeek + 7) % 7);

    /// <summary>The same date shifted by whole days; a range shifts both ends, keeping its precision.</summary>
    public static PartialDate Shift(PartialDate date, int days) =>
        date.Precision switch
        {
            DatePrecision.Day or DatePrecision.Time => Day(FirstDay(date).AddDays(days)),
            _ => Range(FirstDay(date).AddDays(days), LastDay(date).AddDays(days)),
        };
}
