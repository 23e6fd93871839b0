using Timeline.Core.Cypher;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Core.Lookup;

/// <summary>
/// The relation lists: for each entity, its entity–entity relations in the order of <c>relations</c> — relation type, the
/// other end's id, the relation key, the direction seen from the entity — kept as <see cref="ItemLists"/> keep items (the
/// same nodes, buckets and writing), so that an entity's first page of relations is read from the start of its list, never
/// from every relation of a hub.
/// <code>
///   (:ItemList {key: 'relations␟country:venezuela', starts: [''], sizes: [2]})
///   (:ItemBucket {key: 'relations␟country:venezuela␞', entries: ['ALLY_OF␟country:cuba␟␟OUTGOING', 'LEADS␟person:x␟President␟INCOMING']})
/// </code>
/// A relation is one entry in each of its ends' lists. Writers only add: whatever writes a relation lists it
/// (<see cref="Between"/>, <see cref="AddAround"/>). An entry may outlive its relation (a withdrawal, a retraction, the
/// re-ingest of a changed document, a merge or an un-merge deletes or moves relations; a correction changes neither a
/// relation's type nor its key); whatever does so marks the lists of the relations' ends (and, when it deletes
/// an entity, of its neighbours) no longer exact, in the same transaction (<see cref="MarkInexact"/>; <see cref="MarkGone"/>
/// where the transaction may write a deleted relation again). A list created by these writers is exact
/// (<see cref="ItemLists.ExactProperty"/>): its entries are its entity's relations, each once. A read takes an exact list's entries as
/// they are; it checks each entry of any other list against the relation itself. A list written before the flag existed is
/// rebuilt exact by <c>timeline migrate</c> (<see cref="RebuildUnflagged"/>); a marked one stays marked.
/// </summary>
public static class RelationLists
{
    /// <summary>Starts the key of every relation list.</summary>
    public const string Name = "relations";

    /// <summary>The direction of a relation whose start is the entity.</summary>
    public const string Outgoing = "OUTGOING";

    /// <summary>The direction of a relation whose end is the entity.</summary>
    public const string Incoming = "INCOMING";

    /// <summary>The key of <paramref name="entityId"/>'s relation list.</summary>
    public static string ListKey(string entityId) => Name + ItemLists.Separator + entityId;

    /// <summary>The Cypher expression of the direction of <paramref name="rel"/> seen from <paramref name="self"/>.</summary>
    public static string DirectionOf(string rel, string self) =>
        $"CASE WHEN startNode({rel}) = {self} THEN '{Outgoing}' ELSE '{Incoming}' END";

    /// <summary>The Cypher expression of <paramref name="rel"/>'s entry in <paramref name="self"/>'s list, its other end
    /// being <paramref name="other"/>: the sort key tuple of <c>relations</c> joined by the parameter
    /// <paramref name="separator"/> (<see cref="ItemLists.Separator"/>).</summary>
    public static string EntryOf(string rel, string self, string other, string separator) =>
        $"type({rel}) + {separator} + {other}.{GraphProperties.Id} + {separator} + coalesce({rel}.{GraphProperties.Key}, '') + {separator} + {DirectionOf(rel, self)}";

    /// <summary>Marks the relation lists of these entities no longer exact (<see cref="ItemLists.ExactProperty"/>): run in the
    /// transaction that deletes or moves a relation of theirs, or deletes them; null when there is none. Marking a list that
    /// is still exact only costs its reads the check of each entry.</summary>
    public static Statement? MarkInexact(IEnumerable<string> entityIds)
    {
        var ids = entityIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? null : new Statement(MarkInexactText, new Dictionary<string, object?> { ["ids"] = ids, ["listPrefix"] = ListKey("") });
    }

    /// <summary>The Cypher expression of the ids of the entities related to the entity <paramref name="entity"/> (by any
    /// relation type of <paramref name="ontology"/>): whose lists a deletion of <paramref name="entity"/> leaves inexact. Read
    /// it before the deletion.</summary>
    public static string NeighbourIds(OntologyModel ontology, string entity) =>
        $"[({entity})-[:{Types(ontology)}]-(neighbour:{GraphLabels.Entity}) | neighbour.{GraphProperties.Id}]";

    /// <summary>Marks the relation lists of the ends of those of these relations (type, ends as stored, key as listed:
    /// <c>''</c> for none) that are gone when it runs (<see cref="ItemLists.ExactProperty"/>): run last in a transaction that deleted
    /// them and may have written some again — the re-ingest of a changed document deletes what only its old version
    /// supported, then writes what its new version says — so that a relation written again leaves its ends' lists exact;
    /// null when there is none.</summary>
    public static Statement? MarkGone(IEnumerable<(string Type, string From, string To, string Key)> relations)
    {
        var rows = relations.Distinct().OrderBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.To, StringComparer.Ordinal)
            .ThenBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => (object?)new Dictionary<string, object?> { ["type"] = r.Type, ["from"] = r.From, ["to"] = r.To, ["key"] = r.Key })
            .ToList();
        return rows.Count == 0 ? null : new Statement(MarkGoneText, new Dictionary<string, object?> { ["relations"] = rows, ["listPrefix"] = ListKey("") });
    }

    // From rows of `id`: its relation list, where there is one, marked not exact.
    private static readonly string MarkList = $$"""
        MATCH (list:{{GraphLabels.ItemList}} {{{ItemLists.KeyProperty}}: $listPrefix + id})
        SET list.{{ItemLists.ExactProperty}} = false
        """;

    private static readonly string MarkInexactText = "UNWIND $ids AS id\n" + MarkList;

    // Each end is found by its indexed id, then the relation between them (Expand(Into)); a relation whose end is gone is
    // gone.
    private static readonly string MarkGoneText = $$"""
        {{RowKeys.Unwind("$relations", "relation", "from", "to")}}
        OPTIONAL MATCH {{GraphCypher.ById("a", GraphLabels.Entity, RowKeys.Of("relation", "from"))}}
        OPTIONAL MATCH {{GraphCypher.ById("b", GraphLabels.Entity, RowKeys.Of("relation", "to"))}}
        WITH relation, a, b
        WHERE a IS NULL OR b IS NULL
           OR size([(a)-[r]->(b) WHERE type(r) = relation.type AND coalesce(r.{{GraphProperties.Key}}, '') = relation.key | r]) = 0
        UNWIND [relation.from, relation.to] AS id
        WITH DISTINCT id

        """ + MarkList;

    /// <summary>Lists every relation (of <paramref name="types"/>) between each pair of entities in both ends' lists; null
    /// when there is none.</summary>
    public static Statement? Between(IEnumerable<(string Type, string From, string To)> relations)
    {
        var rows = relations.Distinct().ToList();
        if (rows.Count == 0)
            return null;
        var pairs = rows.Select(r => string.CompareOrdinal(r.From, r.To) <= 0 ? (r.From, r.To) : (r.To, r.From)).Distinct()
            .OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal)
            .Select(p => (object?)new List<string> { p.Item1, p.Item2 }).ToList();
        var types = rows.Select(r => r.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new Statement(ListBetween, ItemLists.Parameters(("pairs", pairs), ("types", types)));
    }

    /// <summary>Lists every relation of these entities in both ends' lists (after a merge or an un-merge moved them) or, with
    /// <paramref name="ownListsOnly"/>, in these entities' own lists only (building the lists of an older graph entity by
    /// entity: each list is then written once, by its own entity's batch).</summary>
    public static Statement AddAround(OntologyModel ontology, IEnumerable<string> entityIds, bool ownListsOnly = false) =>
        new(ListAround(ontology), ItemLists.Parameters(("ids", entityIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()),
            ("bothEnds", !ownListsOnly)));

    /// <summary>Makes exact the relation lists of these entities that carry no <see cref="ItemLists.ExactProperty"/> (written before
    /// it existed, perhaps with stale entries): each emptied and its entity's relations listed in it again, then flagged
    /// exact; a list that carries the flag (either way) is left alone. Run together, in one transaction.
    /// <para>Each list is rewritten in place under its write lock (<see cref="ItemLists.LockProperty"/>), which a concurrent
    /// writer takes too, and the relations are read after it: a writer that listed or marked the list before has committed,
    /// and is seen; one that comes after waits, then adds its entries or marks the rebuilt list.</para></summary>
    public static IReadOnlyList<Statement> RebuildUnflagged(OntologyModel ontology, IEnumerable<string> entityIds)
    {
        var ids = entityIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var keys = ids.Select(ListKey).ToList();
        return
        [
            ItemLists.EmptyUnflagged(keys),
            new(RelistUnflagged(ontology), ItemLists.Parameters(("ids", ids), ("listPrefix", ListKey("")))),
            ItemLists.FlagUnflagged(keys),
        ];
    }

    private static string RelistUnflagged(OntologyModel ontology) => $$"""
        UNWIND $ids AS id
        MATCH (list:{{GraphLabels.ItemList}} {{{ItemLists.KeyProperty}}: $listPrefix + id})
        WHERE list.{{ItemLists.ExactProperty}} IS NULL
        MATCH {{GraphCypher.ById("self", GraphLabels.Entity, "id")}}-[r:{{Types(ontology)}}]-(other:{{GraphLabels.Entity}})
        WITH r, self, other

        """ + ListRelations;

    // `WITH DISTINCT a, b` binds both ends before the relations are matched, so that they are found from the pair
    // (Expand(Into)). Without it Neo4j 3.1 plans the third MATCH as the first end's every relationship filtered by the
    // second end: for a hub, all of its relationships per pair (PROFILE, 928 pairs into a 4,900-document graph: 11.5
    // million rows and 10.9 s, against 3,277 rows and 0.5 s with it). The ends' ids are bound to variables first (RowKeys).
    private static readonly string ListBetween = $$"""
        UNWIND $pairs AS pair
        WITH pair[0] AS pairFrom, pair[1] AS pairTo
        MATCH {{GraphCypher.ById("a", GraphLabels.Entity, "pairFrom")}}
        MATCH {{GraphCypher.ById("b", GraphLabels.Entity, "pairTo")}}
        WITH DISTINCT a, b
        MATCH (a)-[r]-(b)
        WHERE type(r) IN $types
        WITH DISTINCT r
        UNWIND [[startNode(r), endNode(r)], [endNode(r), startNode(r)]] AS ends
        WITH r, ends[0] AS self, ends[1] AS other

        """ + ListRelations;

    // Every relation type of the ontology, as a pattern's alternatives.
    private static string Types(OntologyModel ontology) => string.Join("|", ontology.RelationTypes.Select(t => t.Name));

    private static string ListAround(OntologyModel ontology) => $$"""
        UNWIND $ids AS id
        MATCH (:{{GraphLabels.Entity}} {{{GraphProperties.Id}}: id})-[r:{{Types(ontology)}}]-(:{{GraphLabels.Entity}})
        WITH DISTINCT r
        UNWIND [[startNode(r), endNode(r)], [endNode(r), startNode(r)]] AS ends
        WITH r, ends[0] AS self, ends[1] AS other
        WHERE $bothEnds OR self.{{GraphProperties.Id}} IN $ids

        """ + ListRelations;

    // From rows of `r` seen from `self`, its other end `other`: its entry in self's list.
    private static string ListRelations => $$"""
        WITH '{{Name}}' + $separator + self.{{GraphProperties.Id}} AS listKey, {{EntryOf("r", "self", "other", "$separator")}} AS entry

        """ + ItemLists.WriteEntries;
}
