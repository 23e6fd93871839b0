using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary><c>MATCH item = shortestPath(pattern)</c>, or with <paramref name="all"/> <c>allShortestPaths(pattern)</c> (one row
/// per shortest path): the item is the path.</summary>
public sealed class ShortestPathMatch(GraphPattern pattern, bool all = false) : MatchClause
{
    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var item = w.Builder.Name(w.Item);
        var function = all ? "allShortestPaths" : "shortestPath";
        w.Text.Append(Keyword(w)).Append($"{item} = {function}({pattern.Write(w.Builder)})");
        WriteWhere(w);
        w.Text.Append('\n');
    }
}
