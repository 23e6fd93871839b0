using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Expressions;

/// <summary>A fixed predicate written by this code, with names from the builder (e.g. <c>m &lt;&gt; n</c>).</summary>
public sealed class ExpressionFilter(Func<CypherBuilder, string> write) : FilterNode
{
    public override string Write(CypherBuilder builder) => write(builder);
}
