namespace Timeline.Testing.CypherLint;

/// <summary>One finding of the Cypher 5 linter; <see cref="Line"/> and <see cref="Column"/> are 1-based.</summary>
public sealed record CypherDiagnostic(CypherDiagnosticSeverity Severity, string Message, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{(Severity == CypherDiagnosticSeverity.Error ? "error" : "warning")} {Line}:{Column} {Message}";
}
