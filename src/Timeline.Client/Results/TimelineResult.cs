using System.Text;
using Microsoft.Data.Analysis;
using Timeline.Primitives;
using Timeline.Client.Dates;

namespace Timeline.Client;

/// <summary>A whole timeline (every page), ordered by (earliest, latest, id) with undated items last.</summary>
public sealed record TimelineResult(TimelineQuery Query, IReadOnlyList<TimelineItem> Items)
{
    /// <summary>One row per item: kind, id, type, title, date, precision, earliest, latest (UTC), speaker, participants,
    /// sources.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("kind", Items.Select(i => i.Kind)),
        new StringDataFrameColumn("id", Items.Select(i => i.Id)),
        new StringDataFrameColumn("type", Items.Select(i => i.Type)),
        new StringDataFrameColumn("title", Items.Select(i => i.Title)),
        new StringDataFrameColumn("date", Items.Select(i => i.Date?.Text)),
        new StringDataFrameColumn("precision", Items.Select(i => i.Date?.Precision.ToString().ToUpperInvariant())),
        new PrimitiveDataFrameColumn<DateTime>("earliest", Items.Select(i => i.Date?.Earliest.UtcDateTime)),
        new PrimitiveDataFrameColumn<DateTime>("latest", Items.Select(i => i.Date?.Latest.UtcDateTime)),
        new StringDataFrameColumn("speaker", Items.Select(i => i.Speaker?.Name)),
        new StringDataFrameColumn("participants", Items.Select(i => string.Join("; ", i.Participants.Select(p => $"{p.Role}: {p.Entity.Name}")))),
        new StringDataFrameColumn("sources", Items.Select(i => string.Join("; ", i.Sources.Select(s => s.Title ?? s.SourceId)))));

    /// <summary>The same timeline as a Cypher query for Neo4j Browser, with the values written in.</summary>
    public string ToBrowserCypher()
    {
        var sb = new StringBuilder();
        var parties = Query.Involving ?? [];
        sb.Append(CypherLiterals.Comment("Events and statements"
            + (parties.Count > 0 ? " involving " + string.Join(" and ", parties) : "")
            + (Query.From is not null || Query.To is not null ? $", overlapping {Query.From ?? "the beginning"} to {Query.To ?? "now"}" : "")
            + (Query.Types is { Count: > 0 } t ? ", of types " + string.Join(", ", t) : "")
            + ", in order."));
        sb.Append("WITH ").Append(CypherLiterals.List(parties)).Append(" AS parties\n");
        sb.Append("MATCH (item)\n");
        sb.Append("WHERE (item:Event OR item:Statement)\n");
        if (Query.From is not null) sb.Append("  AND item.latest >= ").Append(CypherLiterals.String(DateBounds.EarliestKey(Query.From))).Append('\n');
        if (Query.To is not null) sb.Append("  AND item.earliest <= ").Append(CypherLiterals.String(DateBounds.LatestKey(Query.To))).Append('\n');
        if (Query.Types is { Count: > 0 } types)
            sb.Append("  AND ((item:Event AND item.type IN ").Append(CypherLiterals.List(types)).Append(")")
              .Append(types.Contains("Statement") ? " OR item:Statement)\n" : ")\n");
        // The involved ids are listed first: Neo4j 3.1 gets a pattern comprehension inside all() in WHERE wrong.
        sb.Append("WITH parties, item, [(item)-[:PARTICIPANT|SAID|ABOUT]-(entity:Entity) | entity.id] AS involved\n");
        sb.Append("WHERE all(party IN parties WHERE party IN involved)\n");
        sb.Append("RETURN CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END AS kind, item.id AS id, coalesce(item.type, 'Statement') AS type,\n");
        sb.Append("       coalesce(item.title, item.text) AS title, item.date AS date, item.precision AS precision\n");
        sb.Append("ORDER BY coalesce(item.earliest, '9999-12-31T23:59:59Z'), coalesce(item.latest, '9999-12-31T23:59:59Z'), item.id\n");
        return sb.ToString();
    }
}
