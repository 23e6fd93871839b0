using Timeline.Api.Translation.Cypher;
using Timeline.Neo4j;

namespace Timeline.Api.Translation.Roots;

/// <summary>A compiled root field: its one Cypher statement and how to turn the rows into the field's value.</summary>
internal sealed record RootPlan(CompiledQuery Query, Func<QueryResult, object?> Shape);
