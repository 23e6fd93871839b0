using Timeline.Query.Cypher;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary>A node named by id in the arguments, looked up by its indexed <c>id</c> under one of the labels (alternatives
/// each get an OPTIONAL MATCH, then coalesce). Where the caller reports it, whether it was found is returned, so that an
/// unknown id is NOT_FOUND naming <see cref="Argument"/>. With <see cref="IncludeParts"/> the anchor stands for itself and
/// its parts (<see cref="PartsOf"/>): patterns from or to it go through them.</summary>
public sealed record Anchor(CypherVariable Variable, IReadOnlyList<string> Labels, string Id, string ParameterHint, string Argument,
    bool IncludeParts = false)
{
    /// <summary>The pattern from the anchor (or, with <see cref="IncludeParts"/>, from any of its parts) along <paramref name="step"/>.</summary>
    public GraphPattern From(PatternStep step) => PartsOf.From(Variable, IncludeParts, step);

    /// <summary>The pattern from <paramref name="start"/> by <paramref name="hop"/> to the anchor (or one of its parts).</summary>
    public GraphPattern To(CypherVariable start, Func<CypherVariable?, PatternStep> hop) => PartsOf.To(start, Variable, IncludeParts, hop);
}
