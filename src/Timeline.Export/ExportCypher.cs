namespace Timeline.Export;

/// <summary>Read queries of the export. A source's share of the graph is: the source, the events and statements
/// reported in it, the entities it mentions, and every relationship touching its events or statements or
/// carrying it among its <c>sources</c>.</summary>
internal static class ExportCypher
{
    public const string AllNodes = """
        MATCH (n)
        WHERE n:Entity OR n:Event OR n:Statement OR n:Source
        RETURN labels(n) AS labels, properties(n) AS props
        """;

    public const string AllRelationships = """
        MATCH (a)-[r]->(b)
        WHERE (a:Entity OR a:Event OR a:Statement) AND (b:Entity OR b:Event OR b:Statement OR b:Source)
        RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props,
               [l IN labels(a) WHERE l IN $identityLabels][0] AS fromLabel, [l IN labels(b) WHERE l IN $identityLabels][0] AS toLabel
        """;

    public const string SourceNodes = """
        MATCH (n)
        WHERE (n:Source AND n.id = $sourceId) OR ((n:Entity OR n:Event OR n:Statement) AND $sourceId IN n.sources)
        RETURN labels(n) AS labels, properties(n) AS props
        """;

    public const string SourceRelationships = """
        MATCH (a)-[r]->(b)
        WHERE (a:Entity OR a:Event OR a:Statement) AND (b:Entity OR b:Event OR b:Statement OR b:Source)
          AND ($sourceId IN r.sources
               OR ((a:Event OR a:Statement) AND $sourceId IN a.sources)
               OR ((b:Event OR b:Statement) AND $sourceId IN b.sources))
        RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props,
               [l IN labels(a) WHERE l IN $identityLabels][0] AS fromLabel, [l IN labels(b) WHERE l IN $identityLabels][0] AS toLabel
        """;
}
