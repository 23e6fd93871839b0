using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Graph;

/// <summary>The sort key tuples used throughout: (earliest, latest, id) for dated items with undated ones last, (name, id)
/// for entities, id alone.</summary>
public static class SortKeys
{
    private const string Undated = "'" + StoredGraph.UndatedKey + "'";

    /// <summary>Events and statements in time order.</summary>
    public static IReadOnlyList<SortKey> Chronological(CypherVariable item) =>
    [
        new("__s0", new PropertyValue(item, "earliest", Undated)),
        new("__s1", new PropertyValue(item, "latest", Undated)),
        new("__s2", new PropertyValue(item, StoredGraph.Id)),
    ];

    /// <summary>Entities by name.</summary>
    public static IReadOnlyList<SortKey> ByName(CypherVariable entity) =>
    [
        new("__s0", new PropertyValue(entity, StoredGraph.Name, "''")),
        new("__s1", new PropertyValue(entity, StoredGraph.Id)),
    ];

    /// <summary>Nodes by id.</summary>
    public static IReadOnlyList<SortKey> ById(CypherVariable node) =>
    [
        new("__s0", new PropertyValue(node, StoredGraph.Id)),
    ];
}
