using Timeline.Primitives;

namespace Timeline.Client;

/// <summary>An entity with its relations, the events it took part in and what it said.</summary>
public sealed record EntityDetails(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string? Description,
    bool Named,
    IReadOnlyList<RelationInfo> Relations,
    IReadOnlyList<EventSummary> Events,
    IReadOnlyList<StatementItem> Said)
{
    /// <summary>The entity and everything directly connected to it, as a Cypher query for Neo4j Browser's graph view.</summary>
    public string ToBrowserCypher() =>
        CypherLiterals.Comment($"{Name} ({Kind}) and what is directly connected to it: relations, events, statements.")
        + "MATCH (entity:Entity {id: " + CypherLiterals.String(Id) + "})\n"
        + "OPTIONAL MATCH (entity)-[link]-(other)\n"
        + "WHERE other:Entity OR other:Event OR other:Statement\n"
        + "RETURN entity, link, other\n";
}
