using Microsoft.Data.Analysis;

namespace Timeline.Client;

/// <summary>A whole timeline (every page), ordered by (earliest, latest, id) with undated items last.</summary>
public sealed record TimelineResult(TimelineQuery Query, IReadOnlyList<TimelineItem> Items)
{
    internal string? BrowserText { get; init; }

    /// <summary>One row per item: kind, id, type, status (events), title, date, precision, earliest, latest (UTC), speaker, participants,
    /// sources, firstReported (the earliest publication date among them), sourceCount.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("kind", Items.Select(i => i.Kind)),
        new StringDataFrameColumn("id", Items.Select(i => i.Id)),
        new StringDataFrameColumn("type", Items.Select(i => i.Type)),
        new StringDataFrameColumn("status", Items.Select(i => i.Status)),
        new StringDataFrameColumn("title", Items.Select(i => i.Title)),
        new StringDataFrameColumn("date", Items.Select(i => i.Date?.Text)),
        new StringDataFrameColumn("precision", Items.Select(i => i.Date?.Precision.ToString().ToUpperInvariant())),
        new PrimitiveDataFrameColumn<DateTime>("earliest", Items.Select(i => i.Date?.Earliest.UtcDateTime)),
        new PrimitiveDataFrameColumn<DateTime>("latest", Items.Select(i => i.Date?.Latest.UtcDateTime)),
        new StringDataFrameColumn("speaker", Items.Select(i => i.Speaker?.Name)),
        new StringDataFrameColumn("participants", Items.Select(i => string.Join("; ", i.Participants.Select(p => $"{p.Role}: {p.Entity.Name}")))),
        new StringDataFrameColumn("sources", Items.Select(i => string.Join("; ", i.Sources.Select(s => s.Title ?? s.SourceId)))),
        new StringDataFrameColumn("firstReported", Items.Select(i => i.FirstReported?.Text)),
        new PrimitiveDataFrameColumn<int>("sourceCount", Items.Select(i => i.SourceCount)));

    /// <summary>The same question as a Cypher query for Neo4j Browser, with the values written in: the text the service
    /// wrote from the query it ran (the whole timeline, not a page).</summary>
    /// <exception cref="InvalidOperationException">The result was not made by <see cref="TimelineClient"/>.</exception>
    public string ToBrowserCypher() => BrowserCypherText.Of(BrowserText);
}
