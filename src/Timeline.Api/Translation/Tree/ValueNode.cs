using Timeline.Api.Translation.Cypher;

namespace Timeline.Api.Translation.Tree;

/// <summary>A node of the query tree that yields one value of a projection: it writes its Cypher expression and turns the
/// value Neo4j returns into what the GraphQL field resolves to.</summary>
internal abstract class ValueNode
{
    public abstract string Write(CypherBuilder builder);

    public virtual object? Shape(object? value) => value;

    /// <summary>The property name when this value is <c>subject.property</c> (written as <c>.property</c> in a map projection).</summary>
    public virtual string? ShorthandFor(CypherVariable subject) => null;
}
