using Timeline.Neo4j;
using Timeline.Query.Cypher;

namespace Timeline.Api.Translation.Roots;

/// <summary>A compiled root field: its one Cypher statement, how to turn the rows into the field's value, and the
/// question's Browser text (written only when a client asks for it).</summary>
internal sealed record RootPlan(CompiledQuery Query, Func<QueryResult, object?> Shape, Func<string> BrowserCypher);
