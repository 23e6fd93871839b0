using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>Entities whose name or alias may contain a text, found through the name-suffix index
/// (<see cref="NameSuffixes"/>): a prefix seek on the suffixes' unique keys, then each entity by its indexed id, so the cost
/// grows with the matches, not with the number of entities. The service ranks the candidates on the suffixes first
/// (<see cref="RankedSuffixMatch"/>, which falls back to this); Browser's text of a search is this.
/// <code>
/// MATCH (suffix:NameSuffix) USING INDEX suffix:NameSuffix(key)   (NameSuffixes.Seek)
/// WHERE suffix.key STARTS WITH $probe
/// WITH DISTINCT suffix.entity AS entityId
/// MATCH (item:Entity {id: entityId})
/// WHERE filters
/// </code>
/// The seek looks for the text's first <see cref="NameSuffixes.Length"/> characters and a suffix may be stale, so the
/// filters must check the whole text on the entity's search keys.</summary>
/// <param name="foldedText">The search text, folded as the stored keys are.</param>
public sealed class NameSuffixMatch(string foldedText) : MatchClause
{
    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var b = w.Builder;
        var suffix = b.Name(new CypherVariable("suffix"));
        var entityId = b.Name(new CypherVariable("entityId"));
        var probe = b.Parameter("probe", NameSuffixes.Probe(foldedText));
        w.Text.Append(NameSuffixes.Seek(suffix, probe)).Append('\n')
            .Append("WITH DISTINCT ")
            .Append(string.Join(", ", w.Carried.Append($"{suffix}.{CypherNames.Property(NameSuffixes.EntityProperty)} AS {entityId}")))
            .Append('\n')
            .Append(Keyword(w))
            .Append($"({b.Name(w.Item)}:{CypherNames.Label(GraphLabels.Entity)} {{{CypherNames.Key(GraphProperties.Id)}: {entityId}}})");
        WriteWhere(w);
        w.Text.Append('\n');
    }
}
