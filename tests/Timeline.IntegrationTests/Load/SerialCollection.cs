namespace Timeline.IntegrationTests.Load;

/// <summary>The load and fuzz tests run alone, after the parallel tests: the load test would starve its neighbours of CPU
/// (and its zero-5xx promise would then measure them), and the fuzz test compares whole-graph counts before and after.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Load and fuzz (alone)";
}
