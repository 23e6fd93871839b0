using Timeline.Api.Translation.Cypher;

namespace Timeline.Api.Translation.Tree;

/// <summary><c>x IN &lt;list&gt;</c> for a list comprehension over a list this code writes.</summary>
internal sealed class ExpressionListSource(CypherVariable element, Func<CypherBuilder, string> list) : ListSource
{
    public override string Write(CypherBuilder builder) => builder.Name(element) + " IN " + list(builder);

    public override IReadOnlyList<CypherVariable> Bound { get; } = [element];
}
