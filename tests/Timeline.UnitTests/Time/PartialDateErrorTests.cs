using Timeline.Primitives;

namespace Timeline.UnitTests.Time;

public sealed class PartialDateErrorTests
{
    public static TheoryData<string, string> Invalid => new()
    {
        { "2026-02-30", "'2026-02-30' is not a valid date: day 30 is out of range for February 2026" },
        { "2025-02-29", "day 29 is out of range for February 2025 (2025 is not a leap year)" },
        { "2026-04-31", "day 31 is out of range for April 2026" },
        { "2026-01-00", "day 00 is out of range for January 2026" },
        { "2026-13", "month 13 is out of range (01–12)" },
        { "2026-00", "month 00 is out of range (01–12)" },
        { "26-01-09", "year must have four digits (YYYY), got '26'" },
        { "2026-1-9", "month must have two digits (MM), got '1'" },
        { "2026-01-9", "day must have two digits (DD), got '9'" },
        { "", "date is empty" },
        { "   ", "date is blank" },
        { " 2026", "leading or trailing whitespace" },
        { "2026-01-09T14:30", "time 14:30 has no zone; add 'Z' or an offset such as '+01:00'" },
        { "2026-01-09T14:30:15", "time 14:30:15 has no zone" },
        { "2026-01-09T24:00Z", "hour 24 is out of range (00–23)" },
        { "2026-01-09T14:60Z", "minute 60 is out of range (00–59)" },
        { "2026-01-09T14:30:15.5Z", "fractional seconds are not supported" },
        { "2026-01-09T14:30+0200", "offset must be ±HH:MM, got '+0200'" },
        { "2026-01-09T14:30+02:00x", "offset must be ±HH:MM, got '+02:00x'" },
        { "2026-01-09T14:30+15:00", "offset +15:00 is out of range (at most ±14:00)" },
        { "2026-01-09 14:30Z", "unexpected ' ' after the day; expected 'T' and a time" },
        { "2026-01-09/2026-01-03", "'2026-01-09/2026-01-03' is not a valid date: earliest 2026-01-09 is after latest 2026-01-03" },
        { "2026-01-09/", "latest end: date is empty" },
        { "2026-01/2026-13", "latest end: month 13 is out of range (01–12)" },
        { "2026/2027/2028", "a range has exactly one '/'" },
        { "0000", "year 0000 is outside 0001–9999" },
        { "10000", "year 10000 is outside 0001–9999" },
        { "0001-01-01T00:30+01:00", "outside 0001–9999 once converted to UTC" },
        { "9999-12-31T23:30-01:00", "outside 0001–9999 once converted to UTC" },
        { "January 2026", "does not start with a year" },
        { "2026-01-09Z", "unexpected 'Z' after the day" },
        { "2026.01", "unexpected '.' after the year; expected '-'" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_with_a_precise_message(string input, string message)
    {
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(input));
        Assert.Contains(message, error.Message);
        Assert.False(PartialDate.TryParse(input, out var date, out var tryError));
        Assert.Null(date);
        Assert.Equal(error.Message, tryError);
    }

    [Fact]
    public void Null_is_rejected_by_TryParse()
    {
        Assert.False(PartialDate.TryParse(null, out _, out var error));
        Assert.Equal("date is empty", error);
    }

    [Fact]
    public void FromRange_rejects_an_empty_interval_and_nested_ranges()
    {
        var late = PartialDate.Parse("2026-01-09");
        var early = PartialDate.Parse("2026-01-03");
        var error = Assert.Throws<ArgumentException>(() => PartialDate.FromRange(late, early));
        Assert.Equal("earliest 2026-01-09 is after latest 2026-01-03", error.Message);

        var range = PartialDate.FromRange(early, late);
        Assert.Throws<ArgumentException>(() => PartialDate.FromRange(range, late));
        Assert.False(PartialDate.TryFromRange(late, early, out _, out var tryError));
        Assert.Equal(error.Message, tryError);
    }
}
