using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary><c>x IN &lt;list&gt;</c> for a list comprehension over a list expression (e.g. <c>nodes(path)</c>, a collected
/// variable).</summary>
public sealed class ExpressionListSource(CypherVariable element, ValueNode list) : ListSource
{
    /// <inheritdoc />
    public override string Write(CypherBuilder builder) => builder.Name(element) + " IN " + list.Write(builder);

    /// <inheritdoc />
    public override IReadOnlyList<CypherVariable> Bound { get; } = [element];
}
