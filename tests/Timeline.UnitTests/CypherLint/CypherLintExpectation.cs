namespace Timeline.UnitTests.CypherLint;

/// <summary>What the Cypher 5 check must say about a known text.</summary>
public enum CypherLintExpectation
{
    /// <summary>No diagnostics at all.</summary>
    Clean,

    /// <summary>At least one error (Neo4j 5 rejects it).</summary>
    Error,

    /// <summary>Warnings only (deprecation or notification); the check still fails it.</summary>
    WarningOnly,
}
