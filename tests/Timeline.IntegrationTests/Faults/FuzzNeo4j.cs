using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Faults;

/// <summary>A Neo4j server of the fuzz test's own (<c>neo4j-local --instance fuzz-&lt;pid&gt;</c>): it compares whole-graph
/// counts before and after, which no other test may disturb.</summary>
public sealed class FuzzNeo4j() : PrivateNeo4j("fuzz");
