using GraphQL.Types;

namespace Timeline.Api.GraphTypes;

/// <summary><c>enum DatePrecision</c>.</summary>
internal sealed class DatePrecisionType : EnumerationGraphType
{
    public DatePrecisionType()
    {
        Name = "DatePrecision";
        Description = "How precisely a date is known.";
        Add("YEAR", "YEAR", "A year, e.g. 2019.");
        Add("MONTH", "MONTH", "A month, e.g. 2025-12.");
        Add("DAY", "DAY", "A day, e.g. 2026-01-09.");
        Add("TIME", "TIME", "A moment, e.g. 2026-01-09T14:30Z.");
        Add("RANGE", "RANGE", "Somewhere between two dates, e.g. 2026-01-03/2026-01-08.");
    }
}
