namespace Timeline.Neo4j;

/// <summary>A node returned by a query: its labels and properties (property values decoded like any other value).</summary>
/// <param name="Labels">The node's labels, in the order the server reported them.</param>
/// <param name="Properties">The node's properties.</param>
public sealed record Neo4jNode(IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>True if the node carries <paramref name="label"/> (case-sensitive, as in Cypher).</summary>
    public bool HasLabel(string label) => Labels.Contains(label, StringComparer.Ordinal);

    /// <summary>A property converted to <typeparamref name="T"/> like <see cref="Neo4jRecord.Get{T}(string)"/>; a missing property reads as null.</summary>
    public T Get<T>(string property) =>
        ValueConverter.Convert<T>(Properties.TryGetValue(property, out var value) ? value : null, $"property '{property}'");

    /// <summary>Cypher-like rendering, e.g. <c>(:Entity:Person {id: "person:x"})</c>, for assertion messages.</summary>
    public override string ToString() =>
        $"({string.Concat(Labels.Select(l => ":" + l))} {{{string.Join(", ", Properties.Select(p => $"{p.Key}: {ValueText.Format(p.Value)}"))}}})";
}
