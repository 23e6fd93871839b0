using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>A node of the query tree that yields one value: it writes its Cypher expression and turns the value Neo4j
/// returns into what the caller reads (for GraphQL, what the field resolves to).</summary>
public abstract class ValueNode
{
    /// <summary>The Cypher expression.</summary>
    public abstract string Write(CypherBuilder builder);

    /// <summary>The value as the caller reads it, from what Neo4j returned.</summary>
    public virtual object? Shape(object? value) => value;

    /// <summary>The property name when this value is <c>subject.property</c> (written as <c>.property</c> in a map projection).</summary>
    public virtual string? ShorthandFor(CypherVariable subject) => null;
}
