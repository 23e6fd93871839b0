using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>A predicate of the query tree (a WHERE condition).</summary>
public abstract class FilterNode
{
    /// <summary>The Cypher predicate.</summary>
    public abstract string Write(CypherBuilder builder);

    /// <summary>Several predicates joined with AND.</summary>
    public static string WriteAll(IEnumerable<FilterNode> filters, CypherBuilder builder) =>
        string.Join(" AND ", filters.Select(f => f.Write(builder)));
}
