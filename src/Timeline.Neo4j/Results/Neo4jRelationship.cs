namespace Timeline.Neo4j;

/// <summary>A relationship returned by a query: its type and properties.</summary>
/// <param name="Type">The relationship type, e.g. <c>PARTICIPANT</c>.</param>
/// <param name="Properties">The relationship's properties.</param>
public sealed record Neo4jRelationship(string Type, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>Cypher-like rendering, e.g. <c>[:SAID {}]</c>.</summary>
    public override string ToString() =>
        $"[:{Type} {{{string.Join(", ", Properties.Select(p => $"{p.Key}: {ValueText.Format(p.Value)}"))}}}]";
}
