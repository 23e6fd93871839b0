using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary><c>MATCH (item:Label {key: $value})</c>: nodes of one label, optionally by an indexed property.</summary>
public sealed class NodeMatch(IReadOnlyList<string> labels, (string Property, string Hint, object? Value)? key = null) : MatchClause
{
    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var b = w.Builder;
        w.Text.Append(Keyword(w)).Append('(').Append(b.Name(w.Item)).Append(string.Concat(labels.Select(l => ":" + CypherNames.Label(l))));
        if (key is { } k)
            w.Text.Append($" {{{CypherNames.Key(k.Property)}: {b.Parameter(k.Hint, k.Value)}}}");
        w.Text.Append(')');
        WriteWhere(w);
        w.Text.Append('\n');
    }
}
