using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Drafting.Linking;

/// <summary>Reads the entities an article's names may refer to from the graph: ONE parameterised read per article,
/// matching the normalised names against the <c>searchKeys</c> ingest stores on every entity (the keys <c>search</c>
/// matches), and the drafted ids against existing ids.</summary>
public sealed class Neo4jKnownEntities(Neo4jClient client) : IKnownEntities
{
    /// <summary>The one read (parameters <c>$keys</c>, <c>$ids</c>); the label and property names come from the graph
    /// vocabulary (<see cref="GraphLabels"/>, <see cref="GraphProperties"/>), everything else travels as parameters.</summary>
    public static readonly string Cypher = $"""
        MATCH (e:{GraphLabels.Entity})
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
