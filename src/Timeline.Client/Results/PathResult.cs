using Timeline.Primitives;

namespace Timeline.Client;

/// <summary>A shortest path between two entities or events through entities and events; <see cref="Found"/> is false
/// (and the lists empty) when there is none within <see cref="MaxHops"/>.</summary>
public sealed record PathResult(string From, string To, int MaxHops, bool Found, int Length, IReadOnlyList<PathNode> Nodes, IReadOnlyList<PathStep> Steps)
{
    /// <summary>The path as "A —[TYPE]→ B ←[TYPE (role)]— C", or a sentence saying there is none.</summary>
    public override string ToString() => !Found
        ? $"No path from {From} to {To} within {MaxHops} hops."
        : string.Concat(Nodes.Select((n, i) => i == 0 ? n.Name : Arrow(Steps[i - 1], Nodes[i - 1].Id) + n.Name));

    /// <summary>The same question as a Cypher query for Neo4j Browser (draws the path), with the values written in.</summary>
    public string ToBrowserCypher() =>
        CypherLiterals.Comment($"A shortest path from {From} to {To} (at most {MaxHops} hops) through entities and events.")
        + "MATCH (origin) WHERE (origin:Entity OR origin:Event) AND origin.id = " + CypherLiterals.String(From) + "\n"
        + "MATCH (target) WHERE (target:Entity OR target:Event) AND target.id = " + CypherLiterals.String(To) + "\n"
        + "MATCH path = shortestPath((origin)-[*1.." + CypherLiterals.Int(MaxHops) + "]-(target))\n"
        + "WHERE none(link IN relationships(path) WHERE type(link) IN ['SAID', 'ABOUT', 'REPORTED_IN'])\n"
        + "RETURN path, length(path) AS length\n";

    private static string Arrow(PathStep step, string previousId)
    {
        var label = step.Role is null ? step.Type : $"{step.Type} ({step.Role})";
        return step.From == previousId ? $" —[{label}]→ " : $" ←[{label}]— ";
    }
}
