namespace Timeline.Client;

/// <summary>A shortest path between two entities or events through entities and events; <see cref="Found"/> is false
/// (and the lists empty) when there is none within <see cref="MaxHops"/>.</summary>
public sealed record PathResult(string From, string To, int MaxHops, bool Found, int Length, IReadOnlyList<PathNode> Nodes, IReadOnlyList<PathStep> Steps)
{
    internal string? BrowserText { get; init; }

    /// <summary>The path as "A —[TYPE]→ B ←[TYPE (role)]— C", or a sentence saying there is none.</summary>
    public override string ToString() => !Found
        ? $"No path from {From} to {To} within {MaxHops} hops."
        : string.Concat(Nodes.Select((n, i) => i == 0 ? n.Name : Arrow(Steps[i - 1], Nodes[i - 1].Id) + n.Name));

    /// <summary>The same question as a Cypher query for Neo4j Browser (draws the path), with the values written in: the
    /// text the service wrote from the query it ran.</summary>
    /// <exception cref="InvalidOperationException">The result was not made by <see cref="TimelineClient"/>.</exception>
    public string ToBrowserCypher() => BrowserCypherText.Of(BrowserText);

    private static string Arrow(PathStep step, string previousId)
    {
        var label = step.Role is null ? step.Type : $"{step.Type} ({step.Role})";
        return step.From == previousId ? $" —[{label}]→ " : $" ←[{label}]— ";
    }
}
