using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary><c>MATCH item = shortestPath(pattern)</c>: the item is the path.</summary>
public sealed class ShortestPathMatch(GraphPattern pattern) : MatchClause
{
    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var item = w.Builder.Name(w.Item);
        w.Text.Append(Keyword(w)).Append($"{item} = shortestPath({pattern.Write(w.Builder)})");
        WriteWhere(w);
        w.Text.Append('\n');
    }
}
