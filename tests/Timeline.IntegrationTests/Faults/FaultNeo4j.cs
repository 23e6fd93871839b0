using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Faults;

/// <summary>A Neo4j server of the fault tests' own (<c>neo4j-local --instance fault-&lt;pid&gt;</c>), so that killing and
/// restarting it disturbs no other test.</summary>
public sealed class FaultNeo4j() : PrivateNeo4j("fault");
