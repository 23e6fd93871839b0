using Microsoft.Data.Analysis;

namespace Timeline.Client;

/// <summary>Every statement matching a question (all pages), in chronological order, undated last.</summary>
public sealed record StatementsResult(StatementsQuery Query, IReadOnlyList<StatementItem> Items)
{
    internal string? BrowserText { get; init; }

    /// <summary>One row per statement: id, speaker, text, verbatim, date, precision, earliest, latest (UTC), about, sources,
    /// firstReported (the earliest publication date among them), sourceCount.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("id", Items.Select(s => s.Id)),
        new StringDataFrameColumn("speaker", Items.Select(s => s.Speaker?.Name)),
        new StringDataFrameColumn("text", Items.Select(s => s.Text)),
        new BooleanDataFrameColumn("verbatim", Items.Select(s => (bool?)s.Verbatim)),
        new StringDataFrameColumn("date", Items.Select(s => s.Date?.Text)),
        new StringDataFrameColumn("precision", Items.Select(s => s.Date?.Precision.ToString().ToUpperInvariant())),
        new PrimitiveDataFrameColumn<DateTime>("earliest", Items.Select(s => s.Date?.Earliest.UtcDateTime)),
        new PrimitiveDataFrameColumn<DateTime>("latest", Items.Select(s => s.Date?.Latest.UtcDateTime)),
        new StringDataFrameColumn("about", Items.Select(s => string.Join("; ", s.About.Select(a => a.Name)))),
        new StringDataFrameColumn("sources", Items.Select(s => string.Join("; ", s.Sources.Select(x => x.Title ?? x.SourceId)))),
        new StringDataFrameColumn("firstReported", Items.Select(s => s.FirstReported?.Text)),
        new PrimitiveDataFrameColumn<int>("sourceCount", Items.Select(s => s.SourceCount)));

    /// <summary>The same question as a Cypher query for Neo4j Browser, with the values written in: the text the service
    /// wrote from the query it ran (every statement, not a page).</summary>
    /// <exception cref="InvalidOperationException">The result was not made by <see cref="TimelineClient"/>.</exception>
    public string ToBrowserCypher() => BrowserCypherText.Of(BrowserText);
}
