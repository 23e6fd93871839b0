using Timeline.Core.Ontology;
using Timeline.Primitives;

namespace Timeline.Export;

/// <summary>A node as exported: its labels (sorted) and properties (sorted by key).</summary>
public sealed record ExportedNode(IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The node's stable id.</summary>
    public string Id => (string)Properties[GraphProperties.Id]!;

    /// <summary>The label carrying the node's unique id constraint.</summary>
    public string IdentityLabel => Labels.Contains(GraphLabels.Entity) ? GraphLabels.Entity : Labels[0];
}

/// <summary>A relationship as exported, with its end nodes named by id.</summary>
public sealed record ExportedRelationship(
    string Type, string From, string FromLabel, string To, string ToLabel, IReadOnlyDictionary<string, object?> Properties);

/// <summary>The knowledge graph, or the part one source contributed, in a deterministic order, so two exports
/// of the same graph are identical text.</summary>
public sealed record GraphSnapshot(IReadOnlyList<ExportedNode> Nodes, IReadOnlyList<ExportedRelationship> Relationships)
{
    /// <summary>A snapshot in the deterministic order: nodes by id, relationships by (from, type, to, properties); labels
    /// and property keys sorted.</summary>
    public static GraphSnapshot Ordered(IEnumerable<ExportedNode> nodes, IEnumerable<ExportedRelationship> relationships) => new(
        nodes.Select(n => n with { Labels = n.Labels.Order(StringComparer.Ordinal).ToList(), Properties = Sorted(n.Properties) })
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .ToList(),
        relationships.Select(r => r with { Properties = Sorted(r.Properties) })
            .OrderBy(r => r.From, StringComparer.Ordinal)
            .ThenBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => r.To, StringComparer.Ordinal)
            .ThenBy(r => CypherLiterals.Map(r.Properties), StringComparer.Ordinal)
            .ToList());

    private static IReadOnlyDictionary<string, object?> Sorted(IReadOnlyDictionary<string, object?> props) =>
        new SortedDictionary<string, object?>(props.ToDictionary(), StringComparer.Ordinal);
}
