using Timeline.Query.Cypher;

namespace Timeline.Api.Translation.Compilation;

/// <summary>What the fields of one projected object are read from: a node variable (map projection), or, for objects that
/// are not nodes, per-field factories supplied by the parent (map literal).</summary>
internal sealed record Scope(CypherVariable? Subject, IReadOnlyDictionary<string, FieldFactory>? Fields)
{
    public static Scope ForNode(CypherVariable node) => new(node, null);

    public static Scope ForValues(IReadOnlyDictionary<string, FieldFactory> fields) => new(null, fields);

    public CypherVariable Node => Subject ?? throw new InvalidOperationException("This field needs a node scope.");
}
