using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Neo4j;

/// <summary>A Neo4j server of its own (<c>neo4j-local --instance scratch-&lt;pid&gt;</c>) for tests that need a whole database to
/// themselves: each class empties it first (<see cref="PrivateNeo4j.EmptyAsync"/>) and then knows every node and every schema
/// rule in it. Shared through <see cref="ScratchGraphCollection"/>, whose classes take turns.</summary>
public sealed class ScratchNeo4j() : PrivateNeo4j("scratch");

/// <summary>The classes that use <see cref="ScratchNeo4j"/>: one server started for all of them, used by one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ScratchGraphCollection : ICollectionFixture<ScratchNeo4j>
{
    public const string Name = "Scratch graph";
}
