using System.Text;
using Microsoft.Data.Analysis;
using Timeline.Primitives;
using Timeline.Client.Dates;

namespace Timeline.Client;

/// <summary>Every statement matching a question (all pages), in chronological order, undated last.</summary>
public sealed record StatementsResult(StatementsQuery Query, IReadOnlyList<StatementItem> Items)
{
    /// <summary>One row per statement: id, speaker, text, verbatim, date, precision, earliest, latest (UTC), about, sources.</summary>
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
        new StringDataFrameColumn("sources", Items.Select(s => string.Join("; ", s.Sources.Select(x => x.Title ?? x.SourceId)))));

    /// <summary>The same question as a Cypher query for Neo4j Browser, with the values written in.</summary>
    public string ToBrowserCypher()
    {
        var sb = new StringBuilder();
        sb.Append(CypherLiterals.Comment("Statements"
            + (Query.Speaker is not null ? $" by {Query.Speaker}" : "")
            + (Query.About is not null ? $" about {Query.About}" : "")
            + (Query.From is not null || Query.To is not null ? $", overlapping {Query.From ?? "the beginning"} to {Query.To ?? "now"}" : "")
            + ", with what they are about and where they were reported, in order."));
        sb.Append("MATCH (speaker:Entity)-[:SAID]->(statement:Statement)\n");
        if (Query.About is not null)
            sb.Append("MATCH (statement)-[:ABOUT]->(subject {id: ").Append(CypherLiterals.String(Query.About)).Append("})\n");
        sb.Append("WHERE true\n");
        if (Query.Speaker is not null) sb.Append("  AND speaker.id = ").Append(CypherLiterals.String(Query.Speaker)).Append('\n');
        if (Query.From is not null) sb.Append("  AND statement.latest >= ").Append(CypherLiterals.String(DateBounds.EarliestKey(Query.From))).Append('\n');
        if (Query.To is not null) sb.Append("  AND statement.earliest <= ").Append(CypherLiterals.String(DateBounds.LatestKey(Query.To))).Append('\n');
        sb.Append("RETURN statement.id AS id, speaker.name AS speaker, statement.text AS text, statement.verbatim AS verbatim,\n");
        sb.Append("       statement.date AS date, statement.precision AS precision,\n");
        sb.Append("       [(statement)-[:ABOUT]->(s) | coalesce(s.name, s.title, s.text)] AS about,\n");
        sb.Append("       [(statement)-[r:REPORTED_IN]->(src:Source) | src.title + ' (' + coalesce(src.published, '') + ')'] AS reportedIn\n");
        sb.Append("ORDER BY coalesce(statement.earliest, '9999-12-31T23:59:59Z'), coalesce(statement.latest, '9999-12-31T23:59:59Z'), statement.id\n");
        return sb.ToString();
    }
}
