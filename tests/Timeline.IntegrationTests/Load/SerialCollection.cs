namespace Timeline.IntegrationTests.Load;

/// <summary>The load test runs alone, after the parallel tests: it would starve its neighbours of CPU, and its zero-5xx
/// promise would then measure them too. (The fuzz test needs no such care: it has a Neo4j of its own.)</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Load (alone)";
}
