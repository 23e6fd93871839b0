using System.Text.Json.Nodes;
using Timeline.Export;
using Timeline.Primitives;

namespace Timeline.UnitTests.Exports;

/// <summary>TimelineJS dates carry exactly the fields their precision knows.</summary>
public sealed class TimelineJsDateTests
{
    [Theory]
    [InlineData("2019", "{\"year\":2019,\"display_date\":\"2019\"}")]
    [InlineData("2025-12", "{\"year\":2025,\"month\":12,\"display_date\":\"December 2025\"}")]
    [InlineData("2026-01-09", "{\"year\":2026,\"month\":1,\"day\":9,\"display_date\":\"9 January 2026\"}")]
    [InlineData("2026-01-09T14:30Z", "{\"year\":2026,\"month\":1,\"day\":9,\"hour\":14,\"minute\":30,\"display_date\":\"9 January 2026 14:30 UTC\"}")]
    [InlineData("2026-01-09T23:30-02:00", "{\"year\":2026,\"month\":1,\"day\":10,\"hour\":1,\"minute\":30,\"display_date\":\"10 January 2026 01:30 UTC\"}")]
    public void Each_precision_gives_its_own_fields(string text, string json) =>
        Assert.Equal(json, TimelineJsDate.Of(PartialDate.Parse(text)).ToJsonString());

    [Fact]
    public void A_range_is_two_dates_and_says_so()
    {
        var range = PartialDate.Parse("2026-01-03/2026-01-08");
        Assert.Throws<ArgumentException>(() => TimelineJsDate.Of(range));
        Assert.Equal("Between 3 January 2026 and 8 January 2026", TimelineJsDate.Display(range));
        var row = new TimelineExportRow("Event", "event:x", "Meeting", "Talks", null, null, range, [], null, [], []);
        var slide = JsonNode.Parse(Written.Text(s => TimelineJsWriter.WriteAsync(s, [row])))!["events"]![0]!;
        Assert.Equal(3, (int)slide["start_date"]!["day"]!);
        Assert.Equal(8, (int)slide["end_date"]!["day"]!);
        Assert.Equal("Between 3 January 2026 and 8 January 2026", (string)slide["display_date"]!);
    }

    [Fact]
    public void Undated_items_are_left_out_and_text_is_html_escaped()
    {
        var dated = new TimelineExportRow("Statement", "stmt:a", "Statement", null, "<b>bold</b> & \"so\"", true, PartialDate.Parse("2026-01"),
            [], new ExportReference("person:x", "Ana & Co"), [], [new ExportSourceReference("src:a", "Paper", "2026-01-09", "“quote”")]);
        var undated = dated with { Id = "stmt:b", Date = null };
        var root = JsonNode.Parse(Written.Text(s => TimelineJsWriter.WriteAsync(s, [dated, undated], "Title")))!;
        var slide = Assert.Single(root["events"]!.AsArray())!;
        Assert.Equal("stmt:a", (string)slide["unique_id"]!);
        Assert.Equal("Ana &amp; Co (quote)", (string)slide["text"]!["headline"]!);
        Assert.StartsWith("<p>“&lt;b&gt;bold&lt;/b&gt; &amp; &quot;so&quot;”</p>", (string)slide["text"]!["text"]!);
        Assert.Contains("Reported in Paper (2026-01-09): ““quote””", (string)slide["text"]!["text"]!);
        Assert.Equal("Title", (string)root["title"]!["text"]!["headline"]!);
    }
}
