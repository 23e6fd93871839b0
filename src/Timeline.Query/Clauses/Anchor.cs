using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>A node named by id in the arguments, looked up by its indexed <c>id</c> under one of the labels (alternatives
/// each get an OPTIONAL MATCH, then coalesce). Where the caller reports it, whether it was found is returned, so that an
/// unknown id is NOT_FOUND naming <see cref="Argument"/>.</summary>
public sealed record Anchor(CypherVariable Variable, IReadOnlyList<string> Labels, string Id, string ParameterHint, string Argument);
