using Timeline.Core.Ontology;
using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>An entity by its indexed id — or by an id since merged into it (a <c>(:MergedId)</c> names the survivor), so that
/// a saved <c>entity(id:)</c> keeps answering after a merge, with the survivor's own id.</summary>
public sealed class ResolvedEntityMatch(string hint, string id) : MatchClause
{
    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var b = w.Builder;
        var merged = b.Name(new CypherVariable("merged"));
        var parameter = b.Parameter(hint, id);
        var key = CypherNames.Key(GraphProperties.Id);
        w.Text.Append($"OPTIONAL MATCH ({merged}:{CypherNames.Label(GraphLabels.MergedId)} {{{key}: {parameter}}})\n");
        w.Text.Append(Keyword(w)).Append($"({b.Name(w.Item)}:{CypherNames.Label(GraphLabels.Entity)} {{{key}: coalesce({merged}.{CypherNames.Property(GraphProperties.Into)}, {parameter})}})");
        WriteWhere(w);
        w.Text.Append('\n');
    }
}
