using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Drafting.Linking;

/// <summary>Reads the entities an article's names may refer to from the graph: ONE parameterised read per article,
/// matching the normalised names against the <c>searchKeys</c> ingest stores on every entity (the keys <c>search</c>
/// matches), and the drafted ids against existing ids.</summary>
public sealed class Neo4jKnownEntities(Neo4jClient client) : IKnownEntities
{
    /// <summary>The one read (parameters <c>$keys</c>, <c>$ids</c>); the entity label comes from the ontology model,
    /// everything else travels as parameters.</summary>
    public static readonly string Cypher = $"""
        MATCH (e:{OntologyModel.EntityLabel})
        WHERE any(key IN e.searchKeys WHERE key IN $keys) OR e.id IN $ids
        RETURN e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.named, true) AS named, coalesce(e.nameKey, '') AS nameKey,
               [key IN coalesce(e.searchKeys, []) WHERE key IN $keys] AS matched
        ORDER BY e.id
        """;

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (keys.Count == 0 && ids.Count == 0) return [];
        var result = await client.RunAsync(Cypher, new Dictionary<string, object?>
        {
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
