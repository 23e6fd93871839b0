namespace Timeline.Client;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    /// <summary>A year, e.g. 2019.</summary>
    Year,
    /// <summary>A month, e.g. 2025-12.</summary>
    Month,
    /// <summary>A day, e.g. 2026-01-09.</summary>
    Day,
    /// <summary>A moment, e.g. 2026-01-09T14:30Z.</summary>
    Time,
    /// <summary>Somewhere between two dates, e.g. 2026-01-03/2026-01-08.</summary>
    Range,
}
