using Timeline.Primitives;

namespace Timeline.UnitTests.Time;

public sealed class PartialDateParseTests
{
    public static TheoryData<string, string, DatePrecision, string, string> Valid => new()
    {
        // input, canonical text, precision, earliest key, latest key
        { "2019", "2019", DatePrecision.Year, "2019-01-01T00:00:00Z", "2019-12-31T23:59:59Z" },
        { "2025-12", "2025-12", DatePrecision.Month, "2025-12-01T00:00:00Z", "2025-12-31T23:59:59Z" },
        { "2024-02", "2024-02", DatePrecision.Month, "2024-02-01T00:00:00Z", "2024-02-29T23:59:59Z" },
        { "2026-01-09", "2026-01-09", DatePrecision.Day, "2026-01-09T00:00:00Z", "2026-01-09T23:59:59Z" },
        { "2024-02-29", "2024-02-29", DatePrecision.Day, "2024-02-29T00:00:00Z", "2024-02-29T23:59:59Z" },
        { "2026-01-09T14:30Z", "2026-01-09T14:30Z", DatePrecision.Time, "2026-01-09T14:30:00Z", "2026-01-09T14:30:59Z" },
        { "2026-01-09T14:30:15Z", "2026-01-09T14:30:15Z", DatePrecision.Time, "2026-01-09T14:30:15Z", "2026-01-09T14:30:15Z" },
        { "2026-01-09T14:30+02:00", "2026-01-09T14:30+02:00", DatePrecision.Time, "2026-01-09T12:30:00Z", "2026-01-09T12:30:59Z" },
        { "2026-01-09T22:30-05:00", "2026-01-09T22:30-05:00", DatePrecision.Time, "2026-01-10T03:30:00Z", "2026-01-10T03:30:59Z" },
        { "2026-01-09T14:30+00:00", "2026-01-09T14:30Z", DatePrecision.Time, "2026-01-09T14:30:00Z", "2026-01-09T14:30:59Z" },
        { "2026-01-09t14:30z", "2026-01-09T14:30Z", DatePrecision.Time, "2026-01-09T14:30:00Z", "2026-01-09T14:30:59Z" },
        { "2026-01-03/2026-01-08", "2026-01-03/2026-01-08", DatePrecision.Range, "2026-01-03T00:00:00Z", "2026-01-08T23:59:59Z" },
        { "2025-12/2026", "2025-12/2026", DatePrecision.Range, "2025-12-01T00:00:00Z", "2026-12-31T23:59:59Z" },
        { "2026-01-09T10:00Z/2026-01-09", "2026-01-09T10:00Z/2026-01-09", DatePrecision.Range, "2026-01-09T10:00:00Z", "2026-01-09T23:59:59Z" },
        { "0001", "0001", DatePrecision.Year, "0001-01-01T00:00:00Z", "0001-12-31T23:59:59Z" },
        { "9999-12-31T23:59Z", "9999-12-31T23:59Z", DatePrecision.Time, "9999-12-31T23:59:00Z", "9999-12-31T23:59:59Z" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parses_text_precision_and_bounds(string input, string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(input);
        Assert.Equal(text, date.Text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(earliest, date.EarliestKey);
        Assert.Equal(latest, date.LatestKey);
        Assert.Equal(TimeSpan.Zero, date.Earliest.Offset);
        Assert.Equal(date, PartialDate.Parse(date.Text));
    }

    [Fact]
    public void Bounds_are_utc_instants()
    {
        var date = PartialDate.Parse("2025-12");
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), date.Earliest);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.Zero), date.Latest);
    }

    [Fact]
    public void A_range_exposes_its_ends()
    {
        var range = PartialDate.FromRange(PartialDate.Parse("2026-01-03"), PartialDate.Parse("2026-01-08"));
        Assert.Equal("2026-01-03/2026-01-08", range.Text);
        Assert.Equal(DatePrecision.Range, range.Precision);
        Assert.Equal(PartialDate.Parse("2026-01-03"), range.RangeEarliest);
        Assert.Equal(PartialDate.Parse("2026-01-08"), range.RangeLatest);
        Assert.Equal(PartialDate.Parse("2026-01-03/2026-01-08"), range);
        Assert.Null(PartialDate.Parse("2026-01-03").RangeEarliest);
    }

    [Fact]
    public void TryParse_reports_success_without_error()
    {
        Assert.True(PartialDate.TryParse("2026-01-09", out var date, out var error));
        Assert.Equal("2026-01-09", date!.Text);
        Assert.Null(error);
        Assert.Equal("2026-01-09", date.ToString());
    }

    [Fact]
    public void Overlaps_is_inclusive_and_open_ended()
    {
        var december = PartialDate.Parse("2025-12");
        DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(december.Overlaps(At("2025-12-31T23:59:59Z"), At("2026-01-31T00:00:00Z")));
        Assert.False(december.Overlaps(At("2026-01-01T00:00:00Z"), At("2026-01-31T00:00:00Z")));
        Assert.True(december.Overlaps(At("2025-01-01T00:00:00Z"), At("2025-12-01T00:00:00Z")));
        Assert.False(december.Overlaps(null, At("2025-11-30T23:59:59Z")));
        Assert.True(december.Overlaps(null, null));
        Assert.True(december.Overlaps(At("2025-12-15T00:00:00+05:00"), null));
    }
}
