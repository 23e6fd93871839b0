namespace Timeline.IntegrationTests.Ingest;

/// <summary>Tests that compare exports of the WHOLE graph, or read answers about all of it, must not see other tests' writes: xunit runs this
/// collection on its own, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WholeGraphCollection
{
    public const string Name = "Whole graph";
}
