using Timeline.Primitives;

namespace Timeline.UnitTests.Time;

/// <summary>The names a precision has outside .NET: stored in the graph and used by the GraphQL enum.</summary>
public sealed class DatePrecisionsTests
{
    [Fact]
    public void Precisions_have_upper_case_names_that_parse_back()
    {
        Assert.Equal(["YEAR", "MONTH", "DAY", "TIME", "RANGE"], DatePrecisions.All.Select(p => p.Name()));
        Assert.All(DatePrecisions.All, p => Assert.Equal(p, DatePrecisions.Parse(p.Name())));
        Assert.Equal(DatePrecision.Month, DatePrecisions.Parse("month"));
        Assert.Equal("A month, e.g. 2025-12.", DatePrecision.Month.Description());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("WEEK")]
    public void An_unknown_name_is_refused(string name) =>
        Assert.Contains("YEAR, MONTH, DAY, TIME, RANGE", Assert.Throws<FormatException>(() => DatePrecisions.Parse(name)).Message);

    [Fact]
    public void Date_keys_round_trip_and_the_undated_key_sorts_last()
    {
        var date = PartialDate.Parse("2026-01-09T14:30+02:00");
        Assert.Equal("2026-01-09T12:30:00Z", date.EarliestKey);
        Assert.Equal(date.Earliest, DateKey.Parse(date.EarliestKey));
        Assert.True(string.CompareOrdinal(PartialDate.Parse("9999").LatestKey, DateKey.Undated) <= 0);
        Assert.True(string.CompareOrdinal(PartialDate.Parse("9999-12-31T23:58Z").LatestKey, DateKey.Undated) < 0);
    }
}
