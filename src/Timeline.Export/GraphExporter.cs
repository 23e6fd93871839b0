using Timeline.Neo4j;

namespace Timeline.Export;

/// <summary>Reads the whole graph, or one source's share of it, in one read transaction and a deterministic order.</summary>
public sealed class GraphExporter(Neo4jClient client)
{
    /// <summary>Exports everything, or only what <paramref name="sourceId"/> contributed when given.</summary>
    public Task<GraphSnapshot> ExportAsync(string? sourceId = null, CancellationToken ct = default) =>
        client.ExecuteReadAsync(async tx =>
        {
            var parameters = new Dictionary<string, object?> { ["sourceId"] = sourceId, ["identityLabels"] = ExportCypher.IdentityLabels };
            var results = await tx.RunAsync(
            [
                new Statement(sourceId is null ? ExportCypher.AllNodes : ExportCypher.SourceNodes, parameters),
                new Statement(sourceId is null ? ExportCypher.AllRelationships : ExportCypher.SourceRelationships, parameters),
            ], ct);
            return GraphSnapshot.Ordered(
                results[0].Records.Select(r => new ExportedNode(
                    r.Get<IReadOnlyList<object?>>("labels").Cast<string>().ToList(), r.Get<IReadOnlyDictionary<string, object?>>("props"))),
                results[1].Records.Select(r => new ExportedRelationship(
                    r.Get<string>("type"), r.Get<string>("from"), r.Get<string>("fromLabel"), r.Get<string>("to"), r.Get<string>("toLabel"),
                    r.Get<IReadOnlyDictionary<string, object?>>("props"))));
        }, ct);
}
