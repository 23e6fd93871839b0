using Timeline.Neo4j;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Provenance;

/// <summary>Reads the claims rows of <see cref="ProvenanceCypher.Claims"/> and the ingest's own claim look-up
/// (<c>id, source, published, claim</c>) into claims per node id.</summary>
internal static class ClaimReader
{
    public static void AddTo(Dictionary<string, List<SourceClaim>> claims, QueryResult result)
    {
        foreach (var record in result.Records)
        {
            var values = record.Get<IReadOnlyDictionary<string, object?>>("claim")
                .Where(kv => kv.Key != P.Excerpt)
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            var id = record.Get<string>("id");
            if (!claims.TryGetValue(id, out var list)) claims[id] = list = [];
            list.Add(new SourceClaim(record.Get<string>("source"), record.Get<string?>("published"), values));
        }
    }
}
