using Timeline.Core.Time;

namespace Timeline.Core.Ingest.Writing;

/// <summary>How a <see cref="PartialDate"/> is laid out on a node or relationship: its text plus precision and
/// sortable bounds, so that overlap filters and ordering are plain string comparisons an index can serve.</summary>
internal static class DateProperties
{
    /// <summary>Events and statements: <c>date, precision, earliest, latest</c> (indexed names).</summary>
    public static void AddEventDate(IDictionary<string, object?> props, PartialDate? date)
    {
        props["date"] = date?.Text;
        props["precision"] = date is null ? null : PrecisionName(date.Precision);
        props["earliest"] = date?.EarliestKey;
        props["latest"] = date?.LatestKey;
    }

    /// <summary>Any other date: <c>p, pPrecision, pEarliest, pLatest</c>.</summary>
    public static void AddPrefixed(IDictionary<string, object?> props, string name, PartialDate? date)
    {
        props[name] = date?.Text;
        props[name + "Precision"] = date is null ? null : PrecisionName(date.Precision);
        props[name + "Earliest"] = date?.EarliestKey;
        props[name + "Latest"] = date?.LatestKey;
    }

    public static string PrecisionName(DatePrecision precision) => precision.ToString().ToUpperInvariant();
}
