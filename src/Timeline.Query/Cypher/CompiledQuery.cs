namespace Timeline.Query.Cypher;

/// <summary>One Cypher statement written from a query tree: its text and parameters (none when the values were written in
/// as literals for Neo4j Browser).</summary>
public sealed record CompiledQuery(string Text, IReadOnlyDictionary<string, object?> Parameters);
