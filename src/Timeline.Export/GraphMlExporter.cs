using Timeline.Neo4j;
using Timeline.Query.Questions;

namespace Timeline.Export;

/// <summary>Reads what the GraphML export writes: the whole graph (through <see cref="GraphExporter"/>) or an entity's
/// neighbourhood, as a <see cref="GraphSnapshot"/> in the same deterministic order.</summary>
public sealed class GraphMlExporter(Neo4jClient client)
{
    /// <summary>The deepest neighbourhood that can be asked for.</summary>
    public const int MaxDepth = GraphMlCypher.MaxDepth;

    /// <summary>What is wrong with a depth outside 1 to <see cref="MaxDepth"/>.</summary>
    public static readonly string DepthMessage = $"'depth' must be an integer from 1 to {MaxDepth}.";

    /// <summary>The whole knowledge graph (sources included).</summary>
    public Task<GraphSnapshot> WholeGraphAsync(CancellationToken ct = default) => new GraphExporter(client).ExportAsync(null, ct);

    /// <summary>The entities, events and statements within <paramref name="depth"/> hops of <paramref name="entityId"/>, and
    /// the relationships among them.</summary>
    /// <exception cref="QuestionArgumentException"><paramref name="depth"/> is not 1 to <see cref="MaxDepth"/>.</exception>
    /// <exception cref="NodeNotFoundException">No entity has that id.</exception>
    public async Task<GraphSnapshot> NeighbourhoodAsync(string entityId, int depth, CancellationToken ct = default)
    {
        if (depth is < 1 or > MaxDepth)
            throw new QuestionArgumentException(DepthMessage);
        var result = await client.RunAsync(GraphMlCypher.Neighbourhood, new Dictionary<string, object?>
        {
            ["id"] = entityId,
            ["depth"] = depth,
            ["identityLabels"] = ExportCypher.IdentityLabels,
        }, ct);
        if (result.Records.Count == 0)
            throw new NodeNotFoundException($"No entity with id '{entityId}'.");
        var record = result.Records[0];
        return GraphSnapshot.Ordered(
            record.Get<IReadOnlyList<object?>>("nodes").OfType<IReadOnlyDictionary<string, object?>>()
                .Select(n => new ExportedNode(((IReadOnlyList<object?>)n["labels"]!).Cast<string>().ToList(), (IReadOnlyDictionary<string, object?>)n["props"]!)),
            record.Get<IReadOnlyList<object?>>("relationships").OfType<IReadOnlyDictionary<string, object?>>()
                .Select(r => new ExportedRelationship(
                    (string)r["type"]!, (string)r["from"]!, (string)r["fromLabel"]!, (string)r["to"]!, (string)r["toLabel"]!,
                    (IReadOnlyDictionary<string, object?>)r["props"]!)));
    }
}
