using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>A name a clause already bound with <c>AS</c> (e.g. a sort key of the ordering <c>WITH</c>): read again without
/// being computed again.</summary>
public sealed class AliasValue(string alias) : ValueNode
{
    /// <inheritdoc />
    public override string Write(CypherBuilder builder) => alias;
}
