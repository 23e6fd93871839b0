using Timeline.Core.Cypher;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;
using R = Timeline.Core.Ontology.GraphRelationshipTypes;

namespace Timeline.Core.Provenance;

/// <summary>The Cypher texts that take one source's support away (<see cref="SupportRemoval"/>) and rewrite what is left
/// from the remaining sources. Each removes <c>$sourceId</c> from the <c>sources</c> of what it touches and deletes what
/// is left with none; a deleted node's id (and a deleted entity's neighbours') is read before it goes. A fact the source
/// still refers to (<c>$named</c>: a changed version names it without defining it) that no other source supports is held:
/// the source's support of it stays as it was, so that it is not lost.</summary>
internal static class ProvenanceCypher
{
    // The list without the source, and whether anything is left.
    private static string Rest(string variable) => $"[x IN coalesce({variable}.{P.Sources}, []) WHERE x <> $sourceId]";

    /// <summary>Participations, speakers and <c>about</c> links the source asserts (all on its own events and statements),
    /// except those of a held event or statement: each belongs to the event or statement whose record states it (a
    /// participation and a speaker to the end, an <c>about</c> link to the statement it starts from).</summary>
    public static readonly string Involvements = $$"""
        MATCH ({{Source}})<-[:{{R.ReportedIn}}]-(n)
        MATCH (n)-[r]-()
        WHERE type(r) IN $involvement AND $sourceId IN coalesce(r.{{P.Sources}}, [])
        WITH DISTINCT r
        WITH r, CASE WHEN type(r) = $about THEN startNode(r) ELSE endNode(r) END AS owner
        WHERE NOT {{Held("owner." + P.Id, Rest("owner"))}}
        {{Lock("r")}}
        WITH r, {{Rest("r")}} AS rest
        FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DELETE r)
        FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END | SET r.{{P.Sources}} = rest)
        RETURN count(r) AS touched
        """;

    /// <summary>Entity–entity relations the source asserts, found by scanning (a source without a kept document): its
    /// excerpt goes with it (the lists are parallel).</summary>
    public static readonly string Relations = RelationsWhere($$"""
        MATCH (a:{{L.Entity}})-[r]->(b:{{L.Entity}})
        WHERE $sourceId IN coalesce(r.{{P.Sources}}, [])
        """);

    /// <summary>The relations of one type its kept document names (<c>$rows</c> of from, to, key): each by its ends' ids.</summary>
    public static string RelationsNamed(string type) => RelationsWhere($$"""
        {{GraphCypher.RowRelation(type)}}
        WHERE $sourceId IN coalesce(r.{{P.Sources}}, [])
        """);

    private static string RelationsWhere(string match) => $$"""
        {{match.TrimEnd()}}
        {{Lock("r")}}
        WITH a, b, r, coalesce(r.{{P.Sources}}, []) AS sources, coalesce(r.{{P.Excerpts}}, []) AS excerpts
        WITH a, b, r, sources, excerpts, {{GraphCypher.PositionOf("sources", "$sourceId")}} AS at
        WITH r, type(r) AS type, a.{{P.Id}} AS from, b.{{P.Id}} AS to, coalesce(r.{{P.Key}}, '') AS key,
             sources[..at] + sources[at + 1..] AS sources, excerpts[..at] + excerpts[at + 1..] AS excerpts
        FOREACH (_ IN CASE WHEN size(sources) = 0 THEN [1] ELSE [] END | DELETE r)
        FOREACH (_ IN CASE WHEN size(sources) > 0 THEN [1] ELSE [] END | SET r.{{P.Excerpts}} = excerpts, r.{{P.Sources}} = sources)
        RETURN type, from, to, key, size(sources) = 0 AS gone
        """;

    /// <summary>Events and statements the source reports: its report (and claim) goes; the names it claimed are returned, so
    /// that a value only it gave can be removed. A held one keeps its report.</summary>
    public static readonly string Reports = $$"""
        MATCH ({{Source}})<-[c:{{R.ReportedIn}}]-(n)
        {{Lock("n")}}
        WITH n, c, keys(c) AS claimed
        WHERE NOT {{Held("n." + P.Id, Rest("n"))}}
        DELETE c
        WITH n, claimed, n.{{P.Id}} AS id, {{Rest("n")}} AS rest
        SET n.{{P.Sources}} = rest
        FOREACH (_ IN CASE WHEN {{Orphan}} THEN [1] ELSE [] END | DETACH DELETE n)
        RETURN id, claimed, {{Orphan}} AS gone
        """;

    /// <summary>Entities the source names, found by scanning (a source without a kept document).</summary>
    public static string Entities(OntologyModel ontology) => EntitiesWhere(ontology, $$"""
        MATCH (n:{{L.Entity}})
        WHERE $sourceId IN coalesce(n.{{P.Sources}}, [])
        """);

    /// <summary>The entities its kept document names (<c>$ids</c>: those it defines and those it refers to, which an earlier
    /// changed version may have held), each by its indexed id.</summary>
    public static string EntitiesNamed(OntologyModel ontology) => EntitiesWhere(ontology, $$"""
        UNWIND $ids AS entityId
        MATCH {{GraphCypher.ById("n", L.Entity, "entityId")}}
        WHERE $sourceId IN coalesce(n.{{P.Sources}}, [])
        """);

    // An entity that goes takes its relations with it: the ids of their other ends (whose relation lists it leaves
    // inexact) are read before. Only of those that go: Neo4j evaluates a pattern comprehension in a CASE branch only when
    // the branch is taken, so a hub that stays expands nothing.
    private static string EntitiesWhere(OntologyModel ontology, string match) => $$"""
        {{match.TrimEnd()}}
        {{Lock("n")}}
        WITH n, n.{{P.Id}} AS id, {{Rest("n")}} AS rest
        WHERE NOT {{Held("id", "rest")}}
        SET n.{{P.Sources}} = rest
        WITH n, id, rest, CASE WHEN {{Orphan}} THEN {{RelationLists.NeighbourIds(ontology, "n")}} ELSE [] END AS neighbours
        FOREACH (_ IN CASE WHEN {{Orphan}} THEN [1] ELSE [] END | DETACH DELETE n)
        RETURN id, {{Orphan}} AS gone, neighbours
        """;

    /// <summary>What every remaining source says of these events (or statements).</summary>
    public static string Claims(string label) => $$"""
        UNWIND $ids AS id
        MATCH {{GraphCypher.ById("n", label, "id")}}-[c:{{R.ReportedIn}}]->(s:{{L.Source}})
        RETURN n.{{P.Id}} AS id, s.{{P.Id}} AS source, s.{{DateLayout.Of(P.Published).Earliest}} AS published, properties(c) AS claim
        """;

    /// <summary>Writes resolved values on these events (or statements).</summary>
    public static string Rewrite(string label) => $$"""
        {{RowKeys.Unwind("$rows", "row", "id")}}
        MATCH {{GraphCypher.ById("n", label, RowKeys.Of("row", "id"))}}
        SET n += row.props
        """;

    /// <summary>The entities' remaining sources, in ingest order, and whether each still has its document.</summary>
    public static readonly string EntitySources = $$"""
        UNWIND $ids AS id
        MATCH {{GraphCypher.ById("n", L.Entity, "id")}}
        RETURN n.{{P.Id}} AS id, n.{{P.Sources}} AS sources
        """;

    /// <summary>The documents of these sources.</summary>
    public static readonly string Documents = $$"""
        UNWIND $ids AS id
        MATCH (d:{{L.SourceDocument}} {{{P.SourceId}}: id})
        RETURN d.{{P.SourceId}} AS id, d.{{P.Document}} AS document
        """;

    /// <summary>Replaces an entity's properties by what its remaining sources say (labels stay: the kind cannot change); one
    /// whose nameKey this changes gets the new one (or none, emptied) on every one of its name suffixes, in the same statement
    /// (its write lock is held: <see cref="EntitiesWhere"/> took it).</summary>
    public static readonly string RewriteEntities = $$"""
        {{RowKeys.Unwind("$rows", "row", "id")}}
        MATCH {{GraphCypher.ById("n", L.Entity, RowKeys.Of("row", "id"))}}
        WITH n, row, n.{{P.NameKey}} AS before
        SET n = row.props
        WITH n, before WHERE NOT coalesce(before = n.{{P.NameKey}}, before IS NULL AND n.{{P.NameKey}} IS NULL)
        {{NameSuffixes.StampOnSuffixes("n." + P.Id, "n." + P.NameKey, "n." + P.Kind)}}
        """;

    /// <summary>Replaces a relation's values by what its remaining sources say (its key, sources and excerpts stay).</summary>
    public static string RewriteRelations(string type) => $$"""
        {{GraphCypher.RowRelation(type)}}
        SET r = row.props, r.{{P.Key}} = row.key, r.{{P.Sources}} = row.sources, r.{{P.Excerpts}} = row.excerpts
        """;

    /// <summary>The relations' remaining sources and excerpts.</summary>
    public static string RelationSources(string type) => $$"""
        {{GraphCypher.RowRelation(type)}}
        RETURN row.from AS from, row.to AS to, row.key AS key, r.{{P.Sources}} AS sources, r.{{P.Excerpts}} AS excerpts
        """;

    // Each fact's write lock is taken before its sources are read: a concurrent ingest or curation of the same fact waits,
    // and what is read after is what it committed (no lost update).
    private static string Lock(string variable) => GraphCypher.Lock(variable);

    // A node left with no source goes — unless the same source asserts it again in the same transaction ($keep: a changed
    // version of the source), when deleting it would cut what other sources link to it.
    private const string Orphan = "size(rest) = 0 AND NOT id IN $keep";

    // A fact the source still refers to ($named) and no other source supports: taking the source's support away would delete
    // it, and what the changed version says of it (a relation to it, an about link) would then find nothing to attach to. It
    // is left as the source's old version wrote it, the source still among its sources (a fact never has none). One that
    // other sources support is not held: the source's support goes, as its changed version alone would leave it.
    private static string Held(string id, string rest) => $"({id} IN $named AND size({rest}) = 0)";

    private static string Source => $"s:{L.Source} {{{P.Id}: $sourceId}}";
}
