using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary><c>MATCH pattern</c>: the items reached from an anchor (the pattern binds the item).</summary>
public sealed class PatternMatch(GraphPattern pattern) : MatchClause
{
    /// <summary>The pattern, from the anchor to the item.</summary>
    public GraphPattern Pattern => pattern;

    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        w.Builder.Name(w.Item);
        w.Text.Append(Keyword(w)).Append(pattern.Write(w.Builder));
        WriteWhere(w);
        w.Text.Append('\n');
    }
}
