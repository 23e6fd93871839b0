namespace Timeline.Testing.CypherLint;

/// <summary>
/// Optional names the graph is known to hold. When given, the linter warns about any other label,
/// relationship type or read property key — which catches typos, and (since warnings fail the
/// check) makes the lists the single truth. Derive them from the ontology, not by hand.
/// </summary>
public sealed record CypherLintSchema
{
    /// <summary>Node labels. The linter checks labels and types only when both lists are given.</summary>
    public IReadOnlyCollection<string>? Labels { get; init; }

    /// <summary>Relationship types. The linter checks labels and types only when both lists are given.</summary>
    public IReadOnlyCollection<string>? RelationshipTypes { get; init; }

    /// <summary>Property keys; only keys read from nodes and relationships are checked (writes are not).</summary>
    public IReadOnlyCollection<string>? PropertyKeys { get; init; }

    internal void Validate()
    {
        if ((Labels is null) != (RelationshipTypes is null))
        {
            throw new ArgumentException(
                "Give both Labels and RelationshipTypes, or neither: the linter checks them only together.");
        }
    }
}
