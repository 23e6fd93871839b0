using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Faults;

/// <summary>A Neo4j server of the timeout test's own, started by <c>neo4j-local</c> with a 2-second server-side transaction
/// limit (<c>TIMELINE_NEO4J_TX_TIMEOUT</c>), so that a deliberately explosive query is stopped quickly.</summary>
public sealed class TimeoutNeo4j() : PrivateNeo4j("txtimeout", new Dictionary<string, string> { ["TIMELINE_NEO4J_TX_TIMEOUT"] = "2s" });
