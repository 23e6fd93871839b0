namespace Timeline.Testing.CypherLint;

/// <summary>The linter's severities (the LSP numbering it uses).</summary>
public enum CypherDiagnosticSeverity
{
    /// <summary>Neo4j 5 would reject the text: syntax removed in Cypher 5, unknown function, undefined parameter…</summary>
    Error = 1,

    /// <summary>Deprecations, performance notifications and unknown schema names; the check fails on these too.</summary>
    Warning = 2,

    /// <summary>Not produced by the current linter; kept so a new severity is not misread.</summary>
    Information = 3,

    /// <summary>Not produced by the current linter; kept so a new severity is not misread.</summary>
    Hint = 4,
}
