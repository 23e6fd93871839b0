using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>A path pattern starting at a bound variable: <c>(n)-[r:HOLDS_POSITION]-&gt;(o:Entity)</c>.</summary>
public sealed record GraphPattern(CypherVariable Start, IReadOnlyList<string> StartLabels, IReadOnlyList<PatternStep> Steps)
{
    public GraphPattern(CypherVariable start, params PatternStep[] steps)
        : this(start, [], steps)
    {
    }

    public string Write(CypherBuilder builder) => Write(builder, null);

    /// <summary>The pattern with its start node found by <paramref name="startProperties"/> (a map, e.g. <c>{id: $id}</c>) when
    /// given: the start is then bound by the match itself.</summary>
    public string Write(CypherBuilder builder, string? startProperties) =>
        "(" + builder.Name(Start) + string.Concat(StartLabels.Select(l => ":" + CypherNames.Label(l)))
        + (startProperties is null ? "" : " " + startProperties) + ")"
        + string.Concat(Steps.Select(s => s.Write(builder)));
}
