using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>What a nested list iterates: a graph pattern (pattern comprehension) or an existing list (list comprehension).</summary>
public abstract class ListSource
{
    public abstract string Write(CypherBuilder builder);

    /// <summary>The variables the source binds for each element (not the anchor it starts from).</summary>
    public abstract IReadOnlyList<CypherVariable> Bound { get; }

    /// <summary>The bound variable a pattern starts from; null for a list.</summary>
    public virtual CypherVariable? Anchor => null;
}
