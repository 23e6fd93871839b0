using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Expressions;

/// <summary>A pattern predicate: the pattern exists from an already bound variable (e.g. <c>(statement)-[:ABOUT]-&gt;(subject)</c>).</summary>
public sealed class PatternFilter(GraphPattern pattern) : FilterNode
{
    /// <inheritdoc />
    public override string Write(CypherBuilder builder) => pattern.Write(builder);
}
