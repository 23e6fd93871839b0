using Microsoft.Data.Analysis;

namespace Timeline.Client;

/// <summary>Every shortest path (up to <see cref="First"/>) between two entities or events, in the service's order; empty
/// when there is none within <see cref="MaxHops"/>.</summary>
public sealed record PathsResult(string From, string To, int MaxHops, int First, IReadOnlyList<PathResult> Paths)
{
    internal string? BrowserText { get; init; }

    /// <summary>One row per step: path (0-based), step (0-based), from, type, role, to (names and ids).</summary>
    public DataFrame ToDataFrame()
    {
        var steps = Paths.SelectMany((path, p) => path.Steps.Select((step, s) => (Path: p, Step: s, Value: step, Names: path.Nodes.ToDictionary(n => n.Id, n => n.Name))))
            .ToList();
        return new DataFrame(
            new PrimitiveDataFrameColumn<int>("path", steps.Select(s => s.Path)),
            new PrimitiveDataFrameColumn<int>("step", steps.Select(s => s.Step)),
            new StringDataFrameColumn("fromId", steps.Select(s => s.Value.From)),
            new StringDataFrameColumn("from", steps.Select(s => s.Names[s.Value.From])),
            new StringDataFrameColumn("type", steps.Select(s => s.Value.Type)),
            new StringDataFrameColumn("role", steps.Select(s => s.Value.Role)),
            new StringDataFrameColumn("toId", steps.Select(s => s.Value.To)),
            new StringDataFrameColumn("to", steps.Select(s => s.Names[s.Value.To])));
    }

    /// <summary>Each path on its own line, as <see cref="PathResult.ToString"/> writes it.</summary>
    public override string ToString() => Paths.Count == 0
        ? $"No path from {From} to {To} within {MaxHops} hops."
        : string.Join(Environment.NewLine, Paths.Select(p => p.ToString()));

    /// <summary>The same question as a Cypher query for Neo4j Browser (draws the paths): the text the service wrote from the
    /// query it ran.</summary>
    /// <exception cref="InvalidOperationException">The result was not made by <see cref="TimelineClient"/>.</exception>
    public string ToBrowserCypher() => BrowserCypherText.Of(BrowserText);
}
