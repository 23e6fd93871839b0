using Timeline.Core.Ontology;
using Timeline.Primitives;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Graph;

/// <summary>The sort key tuples used throughout: (earliest, latest, id) for dated items with undated ones last, (name, id)
/// for entities, id alone.</summary>
public static class SortKeys
{
    // Undated items sort as if they ended at the end of time: after every dated one.
    private const string Undated = "'" + DateKey.Undated + "'";

    /// <summary>Events and statements in time order.</summary>
    public static IReadOnlyList<SortKey> Chronological(CypherVariable item) =>
    [
        new("__s0", new PropertyValue(item, DateLayout.EventDate.Earliest, Undated)),
        new("__s1", new PropertyValue(item, DateLayout.EventDate.Latest, Undated)),
        new("__s2", new PropertyValue(item, GraphProperties.Id)),
    ];

    /// <summary>Entities by name.</summary>
    public static IReadOnlyList<SortKey> ByName(CypherVariable entity) =>
    [
        new("__s0", new PropertyValue(entity, GraphProperties.Name, "''")),
        new("__s1", new PropertyValue(entity, GraphProperties.Id)),
    ];

    /// <summary>Nodes by id.</summary>
    public static IReadOnlyList<SortKey> ById(CypherVariable node) =>
    [
        new("__s0", new PropertyValue(node, GraphProperties.Id)),
    ];
}
