using Xunit.Sdk;

namespace Timeline.Testing.CypherLint;

/// <summary>Some Cypher texts fail the Cypher 5 check; the message lists each with its findings.</summary>
public sealed class CypherLintFailedException : XunitException
{
    /// <summary>Creates the failure for the given non-clean results.</summary>
    public CypherLintFailedException(IReadOnlyList<CypherLintResult> failures, int checkedCount)
        : base(Format(failures, checkedCount))
    {
        Failures = failures;
    }

    /// <summary>The results that had an error or a warning.</summary>
    public IReadOnlyList<CypherLintResult> Failures { get; }

    private static string Format(IReadOnlyList<CypherLintResult> failures, int checkedCount) =>
        $"{failures.Count} of {checkedCount} Cypher texts fail the Cypher 5 check "
        + "(errors and warnings, deprecations included, both fail):"
        + Environment.NewLine + Environment.NewLine
        + string.Join(Environment.NewLine, failures.Select(f => f.Describe()));
}
