using Timeline.Drafting;

namespace Timeline.UnitTests.Drafting;

/// <summary>The publication day every relative date is resolved against is read as a PartialDate of day precision.</summary>
public sealed class PublicationDateTests
{
    [Fact]
    public void A_day_is_read()
    {
        Assert.True(Article.TryParsePublished("2026-01-09", out var day, out var error), error);
        Assert.Equal(new DateOnly(2026, 1, 9), day);
    }

    [Theory]
    [InlineData("2026-01", "'2026-01' is a month; the publication date is a day, YYYY-MM-DD")]
    [InlineData("2026", "'2026' is a year; the publication date is a day, YYYY-MM-DD")]
    [InlineData("2026-01-09/2026-01-10", "'2026-01-09/2026-01-10' is a range; the publication date is a day, YYYY-MM-DD")]
    public void A_coarser_date_says_a_day_is_needed(string text, string expected)
    {
        Assert.False(Article.TryParsePublished(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("9 January")]
    [InlineData("2026-02-30")]
    [InlineData("")]
    public void Text_that_is_no_date_says_what_is_wrong(string text)
    {
        Assert.False(Article.TryParsePublished(text, out _, out var error));
        Assert.EndsWith("; the publication date is a day, YYYY-MM-DD", error);
        if (text.Length > 0) Assert.StartsWith($"'{text}' is not a valid date: ", error);
    }
}
