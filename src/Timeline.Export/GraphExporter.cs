using Timeline.Core.Export;
using Timeline.Neo4j;

namespace Timeline.Export;

/// <summary>Reads the whole graph, or one source's share of it, in one read transaction and a deterministic order.</summary>
public sealed class GraphExporter(Neo4jClient client)
{
    /// <summary>Exports everything, or only what <paramref name="sourceId"/> contributed when given.</summary>
    public Task<GraphSnapshot> ExportAsync(string? sourceId = null, CancellationToken ct = default) =>
        client.ExecuteReadAsync(async tx =>
        {
            var parameters = new Dictionary<string, object?> { ["sourceId"] = sourceId, ["identityLabels"] = IdentityLabels };
            var results = await tx.RunAsync(
            [
                new Statement(sourceId is null ? ExportCypher.AllNodes : ExportCypher.SourceNodes, parameters),
                new Statement(sourceId is null ? ExportCypher.AllRelationships : ExportCypher.SourceRelationships, parameters),
            ], ct);
            var nodes = results[0].Records
                .Select(r => new ExportedNode(
                    r.Get<IReadOnlyList<object?>>("labels").Cast<string>().Order(StringComparer.Ordinal).ToList(),
                    Sorted(r.Get<IReadOnlyDictionary<string, object?>>("props"))))
                .OrderBy(n => n.Id, StringComparer.Ordinal)
                .ToList();
            var relationships = results[1].Records
                .Select(r => new ExportedRelationship(
                    r.Get<string>("type"), r.Get<string>("from"), r.Get<string>("fromLabel"), r.Get<string>("to"), r.Get<string>("toLabel"),
                    Sorted(r.Get<IReadOnlyDictionary<string, object?>>("props"))))
                .OrderBy(r => r.From, StringComparer.Ordinal)
                .ThenBy(r => r.Type, StringComparer.Ordinal)
                .ThenBy(r => r.To, StringComparer.Ordinal)
                .ThenBy(r => CypherLiteral.Map(r.Properties), StringComparer.Ordinal)
                .ToList();
            return new GraphSnapshot(nodes, relationships);
        }, ct);

    private static readonly string[] IdentityLabels = ["Entity", "Event", "Statement", "Source"];

    private static IReadOnlyDictionary<string, object?> Sorted(IReadOnlyDictionary<string, object?> props) =>
        new SortedDictionary<string, object?>(props.ToDictionary(), StringComparer.Ordinal);
}
