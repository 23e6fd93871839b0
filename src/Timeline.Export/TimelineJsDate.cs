using System.Globalization;
using System.Text.Json.Nodes;
using Timeline.Primitives;

namespace Timeline.Export;

/// <summary>A <see cref="PartialDate"/> as a TimelineJS date object, with exactly the fields its precision knows: a
/// month is <c>{year, month}</c> (never day 1), a day adds <c>day</c>, a moment adds <c>hour</c> and <c>minute</c>.</summary>
public static class TimelineJsDate
{
    /// <summary>The date object of a single (non-range) date, with a human <c>display_date</c>.</summary>
    public static JsonObject Of(PartialDate date)
    {
        if (date.Precision == DatePrecision.Range)
            throw new ArgumentException("A range has a start and an end date; convert its bounds separately.", nameof(date));
        var start = date.Earliest.UtcDateTime;
        var json = new JsonObject { ["year"] = start.Year };
        if (date.Precision >= DatePrecision.Month) json["month"] = start.Month;
        if (date.Precision >= DatePrecision.Day) json["day"] = start.Day;
        if (date.Precision == DatePrecision.Time)
        {
            json["hour"] = start.Hour;
            json["minute"] = start.Minute;
        }
        json["display_date"] = Display(date);
        return json;
    }

    /// <summary>How a person would write the date: "2019", "December 2025", "9 January 2026", "9 January 2026 14:30 UTC",
    /// "Between 3 January 2026 and 9 January 2026".</summary>
    public static string Display(PartialDate date)
    {
        var d = date.Earliest.UtcDateTime;
        return date.Precision switch
        {
            DatePrecision.Year => d.ToString("yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => d.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Day => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Time => d.ToString("d MMMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC",
            _ => $"Between {Display(date.RangeEarliest!)} and {Display(date.RangeLatest!)}",
        };
    }
}
