using Timeline.Api.Translation.Cypher;

namespace Timeline.Api.Translation.Tree;

/// <summary>A node named by id in the arguments, looked up by its indexed <c>id</c> under one of the labels (alternatives
/// each get an OPTIONAL MATCH, then coalesce). Whether it was found is returned, so that an unknown id is NOT_FOUND.</summary>
internal sealed record Anchor(CypherVariable Variable, IReadOnlyList<string> Labels, string Id, string ParameterHint, string Argument);
