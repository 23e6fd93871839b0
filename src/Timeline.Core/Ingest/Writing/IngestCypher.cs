using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;
using R = Timeline.Core.Ontology.GraphRelationshipTypes;

namespace Timeline.Core.Ingest.Writing;

/// <summary>The Cypher texts of the write path. Values always travel as parameters; labels, relationship types and property
/// names come from the graph's vocabulary (<see cref="Ontology.GraphLabels"/>, …) or the ontology (see
/// <see cref="IngestStatements"/>). Each text is valid on Neo4j 3.1 and Cypher 5.</summary>
internal static class IngestCypher
{
    public static readonly string LookUpIds = $"""
        UNWIND $ids AS id
        OPTIONAL MATCH {ById("e", L.Entity, "id")}
        OPTIONAL MATCH {ById("v", L.Event, "id")}
        OPTIONAL MATCH {ById("s", L.Statement, "id")}
        RETURN id, coalesce(e.{P.Kind}, CASE WHEN v IS NULL THEN null ELSE '{L.Event}' END, CASE WHEN s IS NULL THEN null ELSE '{L.Statement}' END) AS kind
        """;

    public static readonly string LookUpSource = $"OPTIONAL MATCH {ById("s", L.Source, "$sourceId")} RETURN s IS NOT NULL AS exists";

    public static readonly string MergeSource = $"MERGE {ById("s", L.Source, "$sourceId")} SET s += $props";

    // The node or relationship found by its id, e.g. (e:Event {id: row.id}).
    private static string ById(string variable, string label, string id) => $"({variable}:{label} {{{P.Id}: {id}}})";

    // Adds value to a list property once, keeping first-seen order so re-ingesting is byte-identical.
    private static string AddSource(string variable) =>
        $"CASE WHEN $sourceId IN coalesce({variable}.{P.Sources}, []) THEN {variable}.{P.Sources} ELSE coalesce({variable}.{P.Sources}, []) + $sourceId END";

    // Unions a list parameter into a list property, keeping first-seen order.
    private static string Union(string variable, string property, string item, string rows) =>
        $"reduce(acc = coalesce({variable}.{property}, []), {item} IN {rows} | CASE WHEN {item} IN acc THEN acc ELSE acc + {item} END)";

    public static string MergeEntities(IEnumerable<string> labels) => $$"""
        UNWIND $rows AS row
        MERGE {{ById("n", L.Entity, "row.id")}}
        SET n{{string.Concat(labels.Select(l => ":" + l))}}
        SET n += row.props,
            n.{{P.Aliases}} = {{Union("n", P.Aliases, "a", "row.aliases")}},
            n.{{P.SearchKeys}} = {{Union("n", P.SearchKeys, "k", "row.searchKeys")}},
            n.{{P.Sources}} = {{AddSource("n")}}
        """;

    public static readonly string MergeEvents = $$"""
        UNWIND $rows AS row
        MERGE {{ById("e", L.Event, "row.id")}}
        SET e += row.props, e.{{P.Sources}} = {{AddSource("e")}}
        WITH e, row
        MATCH {{ById("s", L.Source, "$sourceId")}}
        MERGE (e)-[r:{{R.ReportedIn}}]->(s)
        SET r.{{P.Excerpt}} = row.excerpt
        """;

    public static readonly string MergeParticipants = $$"""
        UNWIND $rows AS row
        MATCH {{ById("x", L.Entity, "row.entity")}}
        MATCH {{ById("e", L.Event, "row.event")}}
        MERGE (x)-[:{{R.Participant}} {{{P.Role}}: row.role}]->(e)
        """;

    public static readonly string MergeStatements = $$"""
        UNWIND $rows AS row
        MERGE {{ById("st", L.Statement, "row.id")}}
        SET st += row.props, st.{{P.Sources}} = {{AddSource("st")}}
        WITH st, row
        MATCH {{ById("sp", L.Entity, "row.speaker")}}
        MERGE (sp)-[:{{R.Said}}]->(st)
        WITH st, row
        MATCH {{ById("s", L.Source, "$sourceId")}}
        MERGE (st)-[r:{{R.ReportedIn}}]->(s)
        SET r.{{P.Excerpt}} = row.excerpt
        """;

    /// <summary>ABOUT edges to one label (Entity, Event or Statement), so the target is found by its indexed id.</summary>
    public static string MergeAbout(string targetLabel) => $$"""
        UNWIND $rows AS row
        MATCH {{ById("st", L.Statement, "row.statement")}}
        MATCH {{ById("t", targetLabel, "row.target")}}
        MERGE (st)-[:{{R.About}}]->(t)
        """;

    /// <summary>One relationship type: merged on its identity key; sources and their excerpts are parallel lists,
    /// an excerpt replaced in place when the same source is ingested again.</summary>
    public static string MergeRelations(string relationType) => $$"""
        UNWIND $rows AS row
        MATCH {{ById("a", L.Entity, "row.from")}}
        MATCH {{ById("b", L.Entity, "row.to")}}
        MERGE (a)-[r:{{relationType}} {{{P.Key}}: row.key}]->(b)
        SET r += row.props
        WITH r, row, coalesce(r.{{P.Sources}}, []) AS srcs, coalesce(r.{{P.Excerpts}}, []) AS exs
        SET r.{{P.Sources}} = CASE WHEN $sourceId IN srcs THEN srcs ELSE srcs + $sourceId END,
            r.{{P.Excerpts}} = CASE WHEN $sourceId IN srcs
                THEN [i IN range(0, size(srcs) - 1) | CASE WHEN srcs[i] = $sourceId THEN row.excerpt ELSE exs[i] END]
                ELSE exs + row.excerpt END
        """;
}
