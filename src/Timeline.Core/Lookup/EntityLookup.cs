using Timeline.Core.Cypher;
using Timeline.Primitives;
using Timeline.Neo4j;
using Timeline.Core.Ontology;

namespace Timeline.Core.Lookup;

/// <summary>An entity found by one of its names.</summary>
public sealed record EntityMatch(string Id, string Name, string Kind);

/// <summary>Finds entities by name or alias, ignoring case and accents: <c>Rodriguez</c>, <c>Delcy Rodriguez</c> and
/// <c>Delcy Rodríguez</c> all find the same person, because ingestion stores every name's normalised form in
/// <c>searchKeys</c> and the caller's text is normalised the same way.</summary>
public sealed class EntityLookup(Neo4jClient client)
{
    // Candidates through the name-suffix index, then checked on the entity's own keys (NameSuffixes).
    private static readonly string ByKey = $$"""
        {{NameSuffixes.Seek("s", "$probe")}}
        WITH DISTINCT s.{{NameSuffixes.EntityProperty}} AS candidate
        MATCH {{GraphCypher.ById("e", GraphLabels.Entity, "candidate")}}
        WHERE $key IN e.{{GraphProperties.SearchKeys}}
        RETURN e.id AS id, e.name AS name, e.kind AS kind
        ORDER BY e.id
        """;

    /// <summary>Every entity one of whose names equals <paramref name="name"/> once normalised.</summary>
    public async Task<IReadOnlyList<EntityMatch>> FindByNameAsync(string name, CancellationToken ct = default)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0) return [];
        var result = await client.RunAsync(ByKey, new Dictionary<string, object?> { ["key"] = key, ["probe"] = NameSuffixes.WholeKeyProbe(key) }, ct);
        return result.Records.Select(r => new EntityMatch(r.Get<string>("id"), r.Get<string>("name"), r.Get<string>("kind"))).ToList();
    }
}
