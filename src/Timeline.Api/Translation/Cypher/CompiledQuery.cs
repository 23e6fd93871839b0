namespace Timeline.Api.Translation.Cypher;

/// <summary>One Cypher statement compiled from a root field: its text and parameters.</summary>
internal sealed record CompiledQuery(string Text, IReadOnlyDictionary<string, object?> Parameters);
