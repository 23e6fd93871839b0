using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Cypher;

/// <summary>The parts the graph's statements are built from — ingest, corrections, retractions, merges, look-ups and the
/// derived lists alike: a node by its id, a node's write lock, a relation between two entities, a value's position in a
/// list. Labels, types and property names come from the graph's vocabulary; values stay parameters or bound variables.</summary>
internal static class GraphCypher
{
    /// <summary>The node <paramref name="variable"/> of <paramref name="label"/> found by its id, e.g. <c>(e:Event {id: rowId})</c>;
    /// <paramref name="id"/> is a parameter or a bound variable (<see cref="RowKeys"/>).</summary>
    public static string ById(string variable, string label, string id) => $"({variable}:{label} {{{P.Id}: {id}}})";

    /// <summary>Sets and removes a property in one clause: the node's write lock, held to the end of the transaction.</summary>
    public static string Lock(string variable) => $"SET {variable}.{P.WriteLock} = true REMOVE {variable}.{P.WriteLock}";

    /// <summary>The relationship of <paramref name="type"/> keyed <paramref name="key"/> from the entity <paramref name="from"/>
    /// to the entity <paramref name="to"/> (as <c>r</c>, its ends <c>a</c> and <c>b</c>), carrying <paramref name="carried"/>
    /// (e.g. <c>row</c>); <paramref name="from"/> and <paramref name="to"/> are parameters or variables (<see cref="RowKeys"/>).
    /// Both ends are found by id before the relationship, so that Neo4j 3.1 plans an <c>Expand(Into)</c> between them: as
    /// one pattern it expanded every relationship of the type from one end (a hub's thousands) and filtered on the other (a
    /// batch's relation locks at 10,000 documents: 296 ms, 102 ms so).</summary>
    public static string RelationBetween(string type, string from, string to, string key, string carried = "") => $$"""
        MATCH {{ById("a", L.Entity, from)}}
        MATCH {{ById("b", L.Entity, to)}}
        WITH DISTINCT a, b{{(carried.Length > 0 ? ", " + carried : "")}}
        MATCH (a)-[r:{{type}} {{{P.Key}}: {{key}}}]->(b)
        """;

    /// <summary>For each of <c>$rows</c> (from, to, key, …) as <c>row</c>, its relation of <paramref name="type"/>
    /// (<see cref="RelationBetween"/>), carrying <c>row</c>.</summary>
    public static string RowRelation(string type) =>
        RowKeys.Unwind("$rows", "row", "from", "to") + "\n" +
        RelationBetween(type, RowKeys.Of("row", "from"), RowKeys.Of("row", "to"), "row.key", "row");

    /// <summary>The index of the first <paramref name="value"/> in the bound list <paramref name="list"/>, -1 when absent. On
    /// Neo4j 3.1 a list element read by index (<c>list[i]</c>) costs about as much as the index, and re-reads the property
    /// when the list is one: a relation's parallel <c>sources</c> and <c>excerpts</c> walked by index took 5 s for 10,000
    /// sources (one pass of this: 0.3 s), so they are cut at this index instead (<c>list[..i] + list[i + 1..]</c>).</summary>
    public static string PositionOf(string list, string value) =>
        $"reduce(seek = [0, -1], listed IN {list} | [seek[0] + 1, CASE WHEN seek[1] < 0 AND listed = {value} THEN seek[0] ELSE seek[1] END])[1]";
}
