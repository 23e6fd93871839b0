namespace Timeline.IntegrationTests.Neo4j;

/// <summary>Tests that change the shared server's schema run alone, after the parallel ones: Neo4j fails every transaction
/// that a schema change overlaps (<c>Neo.TransientError.Transaction.ConstraintsChanged</c>), whoever's it is.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SchemaChangeCollection
{
    public const string Name = "Schema changes (alone)";
}
