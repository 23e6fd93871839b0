using Timeline.Export;

namespace Timeline.UnitTests.Exports;

/// <summary>RFC 4180 quoting: only fields with a comma, quote, CR or LF are quoted; quotes are doubled; records end in CRLF.</summary>
public sealed class CsvTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\ronly", "\"cr\ronly\"")]
    [InlineData(" spaced ", " spaced ")]
    [InlineData("Rodríguez; “quoted”", "Rodríguez; “quoted”")]
    public void Fields_are_quoted_only_when_needed(string? value, string expected) => Assert.Equal(expected, CsvText.Field(value));

    [Fact]
    public void Records_end_in_crlf_including_the_last()
    {
        var text = Written.Text(w => CsvText.WriteAsync(w, ["a", "b"], [["1", null], ["x,y", "z"]]));
        Assert.Equal("a,b\r\n1,\r\n\"x,y\",z\r\n", text);
    }

    [Fact]
    public void A_row_of_the_wrong_width_is_refused() =>
        Assert.Throws<ArgumentException>(() => Written.Text(w => CsvText.WriteAsync(w, ["a", "b"], [["only one"]])));
}
