using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>A pattern comprehension's pattern, anchored at an already bound variable.</summary>
public sealed class PatternListSource(GraphPattern pattern) : ListSource
{
    public override string Write(CypherBuilder builder) => pattern.Write(builder);

    public override CypherVariable? Anchor => pattern.Start;

    public override IReadOnlyList<CypherVariable> Bound { get; } =
        pattern.Steps.SelectMany(s => new[] { s.Relationship, s.Node }).OfType<CypherVariable>().ToList();
}
