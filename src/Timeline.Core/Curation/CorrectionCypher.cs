using Timeline.Core.Cypher;
using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;
using R = Timeline.Core.Ontology.GraphRelationshipTypes;

namespace Timeline.Core.Curation;

/// <summary>The Cypher texts of fact curation (<see cref="FactCuration"/>) and of applying a fact's correction wherever it is
/// written (<see cref="CorrectionOverlay"/>). Each is valid on Neo4j 3.1 and Cypher 5.</summary>
internal static class CorrectionCypher
{
    /// <summary>Takes an event's (or statement's) write lock and reads it: its properties and its participants.</summary>
    public static string LockNode(string label) => $$"""
        MATCH {{GraphCypher.ById("n", label, "$id")}}
        {{GraphCypher.Lock("n")}}
        WITH n
        OPTIONAL MATCH (x:{{L.Entity}})-[p:{{R.Participant}}]->(n)
        RETURN properties(n) AS props,
               collect(CASE WHEN x IS NULL THEN null ELSE {entity: x.{{P.Id}}, role: p.{{P.Role}}} END) AS participants
        """;

    /// <summary>Takes a relation's write lock and reads it.</summary>
    public static string LockRelation(string type) => $$"""
        {{GraphCypher.RelationBetween(type, "$from", "$to", "$key")}}
        {{GraphCypher.Lock("r")}}
        RETURN properties(r) AS props
        """;

    /// <summary>Takes the write locks of the relations of one type a document names that already exist (<c>$rows</c> of from,
    /// to, key), so that a correction of one cannot commit between the writer's reading of corrections and its write.</summary>
    public static string LockRelations(string type) => $$"""
        {{GraphCypher.RowRelation(type)}}
        {{GraphCypher.Lock("r")}}
        """;

    /// <summary>The corrections of these facts (<c>$ids</c>), where there are any.</summary>
    public static readonly string Read = $$"""
        UNWIND $ids AS id
        MATCH (c:{{L.Correction}} {{{P.FactId}}: id})
        RETURN c.{{P.FactId}} AS factId, c.{{P.Kind}} AS kind, c.{{P.Values}} AS values, c.{{P.Participants}} AS participants,
               c.{{P.Withdrawn}} AS withdrawn
        """;

    /// <summary>Writes a fact's effective correction.</summary>
    public static readonly string Write = $$"""
        MERGE (c:{{L.Correction}} {{{P.FactId}}: $factId})
        SET c.{{P.Kind}} = $kind, c.{{P.Values}} = $values, c.{{P.Participants}} = $participants, c.{{P.Withdrawn}} = $withdrawn
        """;

    /// <summary>Sets corrected values on events (or statements): <c>$rows</c> of id and values (a null removes).</summary>
    public static string ApplyToNodes(string label) => $$"""
        {{RowKeys.Unwind("$rows", "row", "id")}}
        MATCH {{GraphCypher.ById("n", label, RowKeys.Of("row", "id"))}}
        SET n += row.values
        """;

    /// <summary>Sets corrected values on relations of one type: <c>$rows</c> of from, to, key and values.</summary>
    public static string ApplyToRelations(string type) => $$"""
        {{GraphCypher.RowRelation(type)}}
        SET r += row.values
        """;

    /// <summary>Removes an event's participations that its corrected list (<c>$keep</c>, of entity and role) does not name.</summary>
    public static readonly string DropParticipants = $$"""
        MATCH (x:{{L.Entity}})-[p:{{R.Participant}}]->{{GraphCypher.ById("n", L.Event, "$id")}}
        WHERE NONE(k IN $keep WHERE k.entity = x.{{P.Id}} AND k.role = p.{{P.Role}})
        DELETE p
        """;

    /// <summary>The participations a corrected list names (<c>$rows</c> of event, entity, role): one an editor added has no
    /// source; one a source also asserts keeps its sources.</summary>
    public static readonly string MergeParticipants = $$"""
        {{RowKeys.Unwind("$rows", "row", "entity", "event")}}
        MATCH {{GraphCypher.ById("x", L.Entity, RowKeys.Of("row", "entity"))}}
        MATCH {{GraphCypher.ById("n", L.Event, RowKeys.Of("row", "event"))}}
        MERGE (x)-[p:{{R.Participant}} {{{P.Role}}: row.role}]->(n)
        SET p.{{P.Sources}} = coalesce(p.{{P.Sources}}, [])
        """;

    /// <summary>Which of these entities (<c>$ids</c>) exist.</summary>
    public static readonly string ExistingEntities = $$"""
        UNWIND $ids AS id
        MATCH {{GraphCypher.ById("x", L.Entity, "id")}}
        RETURN x.{{P.Id}} AS id
        """;

    /// <summary>Withdraws an event or statement: the node goes with its participations, speaker, <c>about</c> links and reports.</summary>
    public static string DeleteNode(string label) => $$"""
        MATCH {{GraphCypher.ById("n", label, "$id")}}
        DETACH DELETE n
        """;

    /// <summary>Withdraws a relation.</summary>
    public static string DeleteRelation(string type) => $$"""
        {{GraphCypher.RelationBetween(type, "$from", "$to", "$key")}}
        DELETE r
        """;
}
