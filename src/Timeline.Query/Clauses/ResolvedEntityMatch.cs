using Timeline.Core.Ontology;
using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>An entity by its indexed id — or by an id since merged into it (a <c>(:MergedId)</c> names the survivor), so that
/// a saved <c>entity(id:)</c> keeps answering after a merge, with the survivor's own id. The optional look-up is collected
/// before the entity is matched: on Neo4j 3.1 a node matched right after an OPTIONAL MATCH reads every pattern
/// comprehension on it as null, and the aggregation in between is the horizon that avoids it.</summary>
public sealed class ResolvedEntityMatch(string hint, string id) : MatchClause
{
    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var b = w.Builder;
        var merged = b.Name(new CypherVariable("merged"));
        var survivors = b.Name(new CypherVariable("survivors"));
        var parameter = b.Parameter(hint, id);
        var key = CypherNames.Key(GraphProperties.Id);
        w.Text.Append($"OPTIONAL MATCH ({merged}:{CypherNames.Label(GraphLabels.MergedId)} {{{key}: {parameter}}})\n");
        w.Text.Append("WITH ").Append(string.Join(", ", w.Carried.Append($"collect({merged}.{CypherNames.Property(GraphProperties.Into)}) AS {survivors}"))).Append('\n');
        w.Text.Append(Keyword(w)).Append($"({b.Name(w.Item)}:{CypherNames.Label(GraphLabels.Entity)} {{{key}: coalesce(head({survivors}), {parameter})}})");
        WriteWhere(w);
        w.Text.Append('\n');
    }
}
