using Timeline.Api.Translation.Cypher;

namespace Timeline.Api.Translation.Tree;

/// <summary>A fixed predicate written by this code, with names from the builder (e.g. <c>m &lt;&gt; n</c>).</summary>
internal sealed class ExpressionFilter(Func<CypherBuilder, string> write) : FilterNode
{
    public override string Write(CypherBuilder builder) => write(builder);
}
