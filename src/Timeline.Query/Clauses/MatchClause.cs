using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary>How the items are found, with the filters they must pass (Cypher's WHERE belongs to its MATCH). The item is
/// matched OPTIONAL when anchors are reported, so that the row carrying the found flags survives a match of nothing.</summary>
public abstract class MatchClause : Clause
{
    private readonly List<FilterNode> _where = [];

    /// <summary>The filters, joined with AND.</summary>
    public IReadOnlyList<FilterNode> Where => _where;

    /// <summary>Adds filters (in the order written).</summary>
    public MatchClause Filter(IEnumerable<FilterNode> filters)
    {
        _where.AddRange(filters);
        return this;
    }

    /// <summary><c>\nWHERE …</c> when there are filters.</summary>
    protected void WriteWhere(QueryWriter w)
    {
        if (_where.Count > 0)
            w.Text.Append("\nWHERE ").Append(FilterNode.WriteAll(_where, w.Builder));
    }

    /// <summary><c>OPTIONAL MATCH </c> or <c>MATCH </c>.</summary>
    protected static string Keyword(QueryWriter w) => w.ItemOptional ? "OPTIONAL MATCH " : "MATCH ";
}
