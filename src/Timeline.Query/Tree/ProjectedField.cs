namespace Timeline.Query.Tree;

/// <summary>One entry of a projection: the key in the Cypher map, the GraphQL response key it answers, its value, and the
/// object types it applies to (null = all).</summary>
public sealed record ProjectedField(string CypherKey, string ResponseKey, ValueNode Value, IReadOnlySet<string>? ForTypes);
