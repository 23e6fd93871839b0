using Timeline.Core.Cypher;
using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Curation;

/// <summary>The Cypher texts of merging and un-merging entities (<see cref="EntityMerge"/>). What a merge changes is first
/// copied, property for property, into <c>(:MergeSnapshot)</c> bookkeeping nodes — the merged entities, each of their
/// relationships, the survivor and the survivor's relationships that the move adds to — so that un-merging restores
/// exactly that, whatever the values' types. A snapshot's own bookkeeping names start with <c>_</c>, which no graph
/// property can.</summary>
internal static class MergeCypher
{
    /// <summary>Snapshot bookkeeping: the merge (its change id), the part, and a relationship's type, ends and end labels.</summary>
    public const string Merge = "_merge", Part = "_part", Type = "_type", From = "_from", To = "_to", FromLabel = "_fromLabel", ToLabel = "_toLabel",
        MergedIdOf = "_id", IdentityValue = "_identity";

    /// <summary>Snapshot parts: a merged entity, the survivor before, a merged entity's relationship, a survivor's relationship
    /// before the move added to it, a relationship the move created, a merged id re-pointed from a merged entity.</summary>
    public const string EntityPart = "entity", SurvivorPart = "survivor", RelationPart = "relation", CollidedPart = "collided",
        MovedPart = "moved", ChainPart = "chain";

    private static readonly string[] Meta = [Merge, Part, Type, From, To, FromLabel, ToLabel, MergedIdOf, IdentityValue];

    /// <summary>Takes the entities' write locks (in id order) and reads them.</summary>
    public static readonly string LockEntities = $$"""
        UNWIND $ids AS id
        MATCH {{GraphCypher.ById("n", L.Entity, "id")}}
        {{GraphCypher.Lock("n")}}
        RETURN n.{{P.Id}} AS id, n.{{P.Kind}} AS kind, properties(n) AS props
        """;

    /// <summary>Where ids that are not entities went (merged into another one, by which change).</summary>
    public static readonly string MergedAway = $$"""
        UNWIND $ids AS id
        MATCH {{GraphCypher.ById("m", L.MergedId, "id")}}
        RETURN id, m.{{P.Into}} AS into, m.{{P.ChangeId}} AS changeId
        """;

    /// <summary>Editors' corrections a merge would cut from their facts: of a relation it moves (its key changes with its
    /// ends), or a corrected participant list that names a merged entity.</summary>
    public static readonly string CorrectionsInTheWay = $$"""
        MATCH (c:{{L.Correction}})
        WHERE c.{{P.FactId}} IN $relationIds OR any(id IN $from WHERE c.{{P.Participants}} CONTAINS ('"entity":"' + id + '"'))
        RETURN c.{{P.FactId}} AS factId
        ORDER BY factId
        LIMIT 5
        """;

    // Every relationship of the merged entities once (one between two of them, or a loop, is matched from both sides).
    private static readonly string MergedRelationships = $$"""
        UNWIND $from AS fromId
        MATCH {{GraphCypher.ById("y", L.Entity, "fromId")}}-[r]-()
        WITH DISTINCT r
        WITH r, startNode(r) AS a, endNode(r) AS b
        """;

    private static string IdentityLabel(string node) => $"[l IN labels({node}) WHERE l IN $identity][0]";

    /// <summary>The merged entities' relationships: type, ends, end labels, properties.</summary>
    public static readonly string ReadRelationships = $$"""
        {{MergedRelationships}}
        RETURN type(r) AS type, a.{{P.Id}} AS start, b.{{P.Id}} AS end, {{IdentityLabel("a")}} AS startLabel, {{IdentityLabel("b")}} AS endLabel,
               properties(r) AS props
        """;

    /// <summary>Copies the merged entities and the survivor.</summary>
    public static readonly string SnapshotEntities = $$"""
        {{RowKeys.Unwind("$rows", "row", "id")}}
        MATCH {{GraphCypher.ById("n", L.Entity, RowKeys.Of("row", "id"))}}
        CREATE (s:{{L.MergeSnapshot}})
        SET s = properties(n), s.{{Merge}} = $merge, s.{{Part}} = row.part
        """;

    /// <summary>Copies every relationship of the merged entities.</summary>
    public static readonly string SnapshotRelationships = $$"""
        {{MergedRelationships}}
        CREATE (s:{{L.MergeSnapshot}})
        SET s = properties(r), s.{{Merge}} = $merge, s.{{Part}} = '{{RelationPart}}', s.{{Type}} = type(r),
            s.{{From}} = a.{{P.Id}}, s.{{To}} = b.{{P.Id}}, s.{{FromLabel}} = {{IdentityLabel("a")}}, s.{{ToLabel}} = {{IdentityLabel("b")}}
        """;

    // A relationship of one type between two labels, by its ends' ids and (when the type has one) its identity property.
    // The relationship of the shape at the row's start, end and identity; the ends looked up by variables (RowKeys).
    private static string Match(RelationshipShape shape, string row, string carried = "") =>
        RowKeys.Bind(row, ["start", "end"], carried) + "\n" +
        $"MATCH (a:{shape.StartLabel} {{{P.Id}: {RowKeys.Of(row, "start")}}})-[r:{shape.Type}{Identity(shape, row)}]->" +
        $"(b:{shape.EndLabel} {{{P.Id}: {RowKeys.Of(row, "end")}}})";

    private static string Identity(RelationshipShape shape, string row) => shape.IdentityProperty is { } p ? $" {{{p}: {row}.identity}}" : "";

    /// <summary>The relationships of one shape that already exist at <c>$rows</c> (start, end, identity).</summary>
    public static string ReadExisting(RelationshipShape shape) => $$"""
        UNWIND $rows AS row
        {{Match(shape, "row")}}
        RETURN row.start AS start, row.end AS end, row.identity AS identity, properties(r) AS props
        """;

    /// <summary>Copies the existing relationships of one shape at <c>$rows</c> (the survivor's, before the move adds to them).</summary>
    public static string SnapshotExisting(RelationshipShape shape) => $$"""
        UNWIND $rows AS row
        {{Match(shape, "row")}}
        CREATE (s:{{L.MergeSnapshot}})
        SET s = properties(r), s.{{Merge}} = $merge, s.{{Part}} = '{{CollidedPart}}', s.{{Type}} = type(r),
            s.{{From}} = row.start, s.{{To}} = row.end, s.{{FromLabel}} = $startLabel, s.{{ToLabel}} = $endLabel
        """;

    /// <summary>Notes the relationships of one shape the move creates (un-merging deletes them).</summary>
    public static readonly string SnapshotMoved = $$"""
        UNWIND $rows AS row
        CREATE (s:{{L.MergeSnapshot}})
        SET s.{{Merge}} = $merge, s.{{Part}} = '{{MovedPart}}', s.{{Type}} = $type, s.{{From}} = row.start, s.{{To}} = row.end,
            s.{{FromLabel}} = $startLabel, s.{{ToLabel}} = $endLabel, s.{{IdentityValue}} = row.identity
        """;

    /// <summary>Deletes the merged entities with their relationships.</summary>
    public static readonly string DeleteMerged = $$"""
        UNWIND $from AS id
        MATCH {{GraphCypher.ById("y", L.Entity, "id")}}
        DETACH DELETE y
        """;

    /// <summary>Writes the moved relationships of one shape on the survivor (values computed by the caller).</summary>
    public static string WriteMoved(RelationshipShape shape) => $$"""
        {{RowKeys.Unwind("$rows", "row", "start", "end")}}
        MATCH {{GraphCypher.ById("a", shape.StartLabel, RowKeys.Of("row", "start"))}}
        MATCH {{GraphCypher.ById("b", shape.EndLabel, RowKeys.Of("row", "end"))}}
        MERGE (a)-[r:{{shape.Type}}{{Identity(shape, "row")}}]->(b)
        SET r = row.props
        """;

    public static readonly string UpdateSurvivor = $"MATCH (x:{L.Entity} {{{P.Id}: $into}}) SET x += $props";

    /// <summary>Re-points the ids earlier merged into a merged entity to the survivor, noting each; then maps the merged ids.</summary>
    public static readonly string MapIds = $$"""
        OPTIONAL MATCH (m:{{L.MergedId}})
        WHERE m.{{P.Into}} IN $from
        FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END |
            CREATE (:{{L.MergeSnapshot}} {{{Merge}}: $merge, {{Part}}: '{{ChainPart}}', {{MergedIdOf}}: m.{{P.Id}}, {{To}}: m.{{P.Into}}})
            SET m.{{P.Into}} = $into)
        WITH count(*) AS _
        UNWIND $from AS id
        CREATE (:{{L.MergedId}} {{{P.Id}}: id, {{P.Into}}: $into, {{P.ChangeId}}: $merge})
        """;

    // ---- un-merge ----

    /// <summary>Takes the merge's ids' write locks and answers what its snapshot holds (parts and relationship shapes).</summary>
    public static readonly string SnapshotShapes = $$"""
        MATCH (s:{{L.MergeSnapshot}} {{{Merge}}: $merge})
        RETURN s.{{Part}} AS part, s.{{Type}} AS type, s.{{FromLabel}} AS startLabel, s.{{ToLabel}} AS endLabel, s.{{P.Id}} AS id,
               s.{{P.Kind}} AS kind, count(*) AS count
        """;

    /// <summary>Deletes the relationships of one shape the move created; answers how many, and the ids of their ends (each
    /// once per relationship: an entity relation's ends hold stale entries in their relation lists now).</summary>
    public static string DeleteMoved(RelationshipShape shape) => $$"""
        MATCH (s:{{L.MergeSnapshot}} {{{Merge}}: $merge, {{Part}}: '{{MovedPart}}', {{Type}}: $type, {{FromLabel}}: $startLabel, {{ToLabel}}: $endLabel})
        WITH s, {start: s.{{From}}, end: s.{{To}}, identity: s.{{IdentityValue}}} AS row
        {{Match(shape, "row", ", s")}}
        DELETE r
        RETURN count(r) AS count, collect(a.{{P.Id}}) + collect(b.{{P.Id}}) AS ends
        """;

    /// <summary>Puts back the properties the survivor's relationships of one shape had before the move added to them.</summary>
    public static string RestoreCollided(RelationshipShape shape) => $$"""
        MATCH (s:{{L.MergeSnapshot}} {{{Merge}}: $merge, {{Part}}: '{{CollidedPart}}', {{Type}}: $type, {{FromLabel}}: $startLabel, {{ToLabel}}: $endLabel})
        WITH s, {start: s.{{From}}, end: s.{{To}}, identity: s.{{(shape.IdentityProperty ?? P.Key)}}} AS row
        {{Match(shape, "row", ", s")}}
        SET r = properties(s)
        {{RemoveMeta("r")}}
        RETURN count(r) AS count
        """;

    /// <summary>Puts the survivor back as it was.</summary>
    public static readonly string RestoreSurvivor = $$"""
        MATCH (s:{{L.MergeSnapshot}} {{{Merge}}: $merge, {{Part}}: '{{SurvivorPart}}'})
        WITH s, s.{{P.Id}} AS survivor
        MATCH {{GraphCypher.ById("x", L.Entity, "survivor")}}
        SET x = properties(s)
        {{RemoveMeta("x")}}
        """;

    /// <summary>Creates the merged entities of one kind again (labels from the ontology).</summary>
    public static string RestoreEntities(IEnumerable<string> labels) => $$"""
        MATCH (s:{{L.MergeSnapshot}} {{{Merge}}: $merge, {{Part}}: '{{EntityPart}}', {{P.Kind}}: $kind})
        CREATE (y{{string.Concat(labels.Select(l => ":" + l))}})
        SET y = properties(s)
        {{RemoveMeta("y")}}
        RETURN count(y) AS count
        """;

    /// <summary>Creates the merged entities' relationships of one shape again.</summary>
    public static string RestoreRelationships(RelationshipShape shape) => $$"""
        MATCH (s:{{L.MergeSnapshot}} {{{Merge}}: $merge, {{Part}}: '{{RelationPart}}', {{Type}}: $type, {{FromLabel}}: $startLabel, {{ToLabel}}: $endLabel})
        WITH s, s.{{From}} AS startId, s.{{To}} AS endId
        MATCH {{GraphCypher.ById("a", shape.StartLabel, "startId")}}
        MATCH {{GraphCypher.ById("b", shape.EndLabel, "endId")}}
        CREATE (a)-[r:{{shape.Type}}]->(b)
        SET r = properties(s)
        {{RemoveMeta("r")}}
        RETURN count(r) AS count
        """;

    /// <summary>Undoes the id mapping: the merged ids go, the ids re-pointed by the merge point back; the snapshot goes.</summary>
    public static readonly string UnmapIds = $$"""
        OPTIONAL MATCH (c:{{L.MergeSnapshot}} {{{Merge}}: $merge, {{Part}}: '{{ChainPart}}'})
        WITH c, c.{{MergedIdOf}} AS mergedId
        OPTIONAL MATCH {{GraphCypher.ById("m", L.MergedId, "mergedId")}}
        FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | SET m.{{P.Into}} = c.{{To}})
        WITH count(*) AS _
        MATCH (m:{{L.MergedId}} {{{P.ChangeId}}: $merge})
        DELETE m
        """;

    public static readonly string DeleteSnapshot = $"MATCH (s:{L.MergeSnapshot} {{{Merge}: $merge}}) DELETE s";

    private static string RemoveMeta(string variable) => "REMOVE " + string.Join(", ", Meta.Select(m => $"{variable}.{m}"));
}

/// <summary>A relationship type between two identity labels, with the property (if any) that tells two such relationships
/// between the same nodes apart: an entity relation's key, a participation's role.</summary>
internal sealed record RelationshipShape(string Type, string StartLabel, string EndLabel, string? IdentityProperty);
