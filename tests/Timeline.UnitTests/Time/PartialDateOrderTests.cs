using Timeline.Primitives;

namespace Timeline.UnitTests.Time;

public sealed class PartialDateOrderTests
{
    private static PartialDate D(string text) => PartialDate.Parse(text);

    [Fact]
    public void Mixed_precision_sorts_by_start_then_by_end()
    {
        string[] shuffled = ["2026", "2026-01-09T14:30Z", "2026-01", "2025-12", "2026-01-01", "2026-01-09", "2026-01-03/2026-01-08"];
        var sorted = shuffled.Select(D).Order().Select(d => d.Text);
        Assert.Equal(["2025-12", "2026-01-01", "2026-01", "2026", "2026-01-03/2026-01-08", "2026-01-09", "2026-01-09T14:30Z"], sorted);
    }

    [Fact]
    public void The_day_sorts_before_its_month_because_it_ends_first()
    {
        Assert.True(D("2026-01-01") < D("2026-01"));
        Assert.True(D("2026-01") > D("2026-01-01"));
        Assert.True(D("2026-01") <= D("2026-01"));
        Assert.True(D("2026-01") >= D("2026-01"));
    }

    [Fact]
    public void The_same_instant_written_two_ways_is_ordered_by_text_and_not_equal()
    {
        var utc = D("2026-01-09T12:30Z");
        var local = D("2026-01-09T14:30+02:00");
        Assert.Equal(utc.Earliest, local.Earliest);
        Assert.NotEqual(utc, local);
        Assert.Equal(Math.Sign(string.CompareOrdinal(utc.Text, local.Text)), Math.Sign(utc.CompareTo(local)));
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(D("2026-01-09"), D("2026-01-09"));
        Assert.True(D("2026-01-09") == D("2026-01-09"));
        Assert.True(D("2026-01-09") != D("2026-01-10"));
        Assert.Equal(D("2026-01-09").GetHashCode(), D("2026-01-09").GetHashCode());
        Assert.False(D("2026-01-09").Equals(null));
        Assert.Equal(1, D("2026").CompareTo(null));
    }
}
