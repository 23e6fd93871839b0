using Timeline.Api.Translation.Cypher;

namespace Timeline.Api.Translation.Tree;

/// <summary>A predicate of the query tree (a WHERE condition).</summary>
internal abstract class FilterNode
{
    public abstract string Write(CypherBuilder builder);

    public static string WriteAll(IEnumerable<FilterNode> filters, CypherBuilder builder) =>
        string.Join(" AND ", filters.Select(f => f.Write(builder)));
}
