using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Drafting.Linking;

/// <summary>Reads the entities an article's names may refer to from the graph: ONE parameterised read per article,
/// matching the normalised names against the <c>searchKeys</c> ingest stores on every entity (the keys <c>search</c>
/// matches), and the drafted ids against existing ids. The names are found through the name-suffix index
/// (<see cref="NameSuffixes"/>: a seek per name, then the candidates by id), so the read costs what the article names,
/// not the number of entities.</summary>
public sealed class Neo4jKnownEntities(Neo4jClient client) : IKnownEntities
{
    /// <summary>The one read (parameters <c>$probes</c>, <c>$keys</c>, <c>$ids</c>); the label and property names come from the
    /// graph vocabulary (<see cref="GraphLabels"/>, <see cref="GraphProperties"/>, <see cref="NameSuffixes"/>), everything
    /// else travels as parameters. A probe may find entities that merely contain the name (or a stale suffix): the
    /// <c>WHERE</c> keeps those one of whose keys is the name.</summary>
    public static readonly string Cypher = $"""
        UNWIND $probes AS probe
        {NameSuffixes.Seek("s", "probe")}
        WITH collect(DISTINCT s.{NameSuffixes.EntityProperty}) + $ids AS candidates
        UNWIND candidates AS candidate
        MATCH (e:{GraphLabels.Entity}) WHERE e.{GraphProperties.Id} = candidate
        WITH DISTINCT e
        WHERE any(key IN e.{GraphProperties.SearchKeys} WHERE key IN $keys) OR e.{GraphProperties.Id} IN $ids
        RETURN e.{GraphProperties.Id} AS id, e.{GraphProperties.Name} AS name, e.{GraphProperties.Kind} AS kind,
               coalesce(e.{GraphProperties.Named}, true) AS named, coalesce(e.{GraphProperties.NameKey}, '') AS nameKey,
               [key IN coalesce(e.{GraphProperties.SearchKeys}, []) WHERE key IN $keys] AS matched
        ORDER BY e.{GraphProperties.Id}
        """;

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (keys.Count == 0 && ids.Count == 0) return [];
        var result = await client.RunAsync(Cypher, new Dictionary<string, object?>
        {
            ["probes"] = keys.Distinct(StringComparer.Ordinal).Select(NameSuffixes.WholeKeyProbe).ToList(),
            ["keys"] = keys.Distinct(StringComparer.Ordinal).ToList(),
            ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList(),
        }, ct);
        // An unnamed entity ("U.N. experts (unnamed)") describes something of its own source: it is returned for its
        // id (no collisions) but never matched by name.
        return result.Records.Select(r => new KnownEntity(
            r.Get<string>("id"), r.Get<string>("name"), r.Get<string>("kind"),
            r.Get<bool>("named") ? r.Get<List<string>>("matched") : [],
            r.Get<string>("nameKey"))).ToList();
    }
}
