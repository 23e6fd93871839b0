namespace Timeline.Neo4j;

/// <summary>One Cypher statement and its parameters (values are always sent as parameters, never spliced into the text).</summary>
/// <param name="Text">The Cypher text, referring to parameters as <c>$name</c>.</param>
/// <param name="Parameters">Parameter values: null, string, bool, integers, floating point, lists/arrays and string-keyed dictionaries of those.</param>
public sealed record Statement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    /// <summary>A short, stable name for what the statement asks (e.g. the GraphQL root field it was compiled from): the name
    /// of its round trip's span and a dimension of the round-trip duration metric (see <see cref="Neo4jDiagnostics"/>), so
    /// it must not carry values. Not sent to the server.</summary>
    public string? Name { get; init; }
}
