namespace Timeline.Core.Ingest.Writing;

/// <summary>The Cypher texts of the write path. Values always travel as parameters; the only text that varies
/// is a label list or relationship type, and those come from the ontology (see <see cref="IngestStatements"/>).
/// Each text is valid on Neo4j 3.1 and Cypher 5.</summary>
internal static class IngestCypher
{
    public const string LookUpIds = """
        UNWIND $ids AS id
        OPTIONAL MATCH (e:Entity {id: id})
        OPTIONAL MATCH (v:Event {id: id})
        OPTIONAL MATCH (s:Statement {id: id})
        RETURN id, coalesce(e.kind, CASE WHEN v IS NULL THEN null ELSE 'Event' END, CASE WHEN s IS NULL THEN null ELSE 'Statement' END) AS kind
        """;

    public const string LookUpSource = "OPTIONAL MATCH (s:Source {id: $sourceId}) RETURN s IS NOT NULL AS exists";

    public const string MergeSource = "MERGE (s:Source {id: $sourceId}) SET s += $props";

    // Adds value to a list property once, keeping first-seen order so re-ingesting is byte-identical.
    private static string AddSource(string variable) =>
        $"CASE WHEN $sourceId IN coalesce({variable}.sources, []) THEN {variable}.sources ELSE coalesce({variable}.sources, []) + $sourceId END";

    public static string MergeEntities(IEnumerable<string> labels) => $$"""
        UNWIND $rows AS row
        MERGE (n:Entity {id: row.id})
        SET n{{string.Concat(labels.Select(l => ":" + l))}}
        SET n += row.props,
            n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
            n.searchKeys = reduce(acc = coalesce(n.searchKeys, []), k IN row.searchKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
            n.sources = {{AddSource("n")}}
        """;

    public static readonly string MergeEvents = $$"""
        UNWIND $rows AS row
        MERGE (e:Event {id: row.id})
        SET e += row.props, e.sources = {{AddSource("e")}}
        WITH e, row
        MATCH (s:Source {id: $sourceId})
        MERGE (e)-[r:REPORTED_IN]->(s)
        SET r.excerpt = row.excerpt
        """;

    public const string MergeParticipants = """
        UNWIND $rows AS row
        MATCH (x:Entity {id: row.entity})
        MATCH (e:Event {id: row.event})
        MERGE (x)-[:PARTICIPANT {role: row.role}]->(e)
        """;

    public static readonly string MergeStatements = $$"""
        UNWIND $rows AS row
        MERGE (st:Statement {id: row.id})
        SET st += row.props, st.sources = {{AddSource("st")}}
        WITH st, row
        MATCH (sp:Entity {id: row.speaker})
        MERGE (sp)-[:SAID]->(st)
        WITH st, row
        MATCH (s:Source {id: $sourceId})
        MERGE (st)-[r:REPORTED_IN]->(s)
        SET r.excerpt = row.excerpt
        """;

    /// <summary>ABOUT edges to one label (Entity, Event or Statement), so the target is found by its indexed id.</summary>
    public static string MergeAbout(string targetLabel) => $$"""
        UNWIND $rows AS row
        MATCH (st:Statement {id: row.statement})
        MATCH (t:{{targetLabel}} {id: row.target})
        MERGE (st)-[:ABOUT]->(t)
        """;

    /// <summary>One relationship type: merged on its identity key; sources and their excerpts are parallel lists,
    /// an excerpt replaced in place when the same source is ingested again.</summary>
    public static string MergeRelations(string relationType) => $$"""
        UNWIND $rows AS row
        MATCH (a:Entity {id: row.from})
        MATCH (b:Entity {id: row.to})
        MERGE (a)-[r:{{relationType}} {key: row.key}]->(b)
        SET r += row.props
        WITH r, row, coalesce(r.sources, []) AS srcs, coalesce(r.excerpts, []) AS exs
        SET r.sources = CASE WHEN $sourceId IN srcs THEN srcs ELSE srcs + $sourceId END,
            r.excerpts = CASE WHEN $sourceId IN srcs
                THEN [i IN range(0, size(srcs) - 1) | CASE WHEN srcs[i] = $sourceId THEN row.excerpt ELSE exs[i] END]
                ELSE exs + row.excerpt END
        """;
}
