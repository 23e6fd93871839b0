using System.Text;

namespace Timeline.Testing.CypherLint;

/// <summary>What the Cypher 5 linter found in one <see cref="CypherText"/>.</summary>
public sealed class CypherLintResult
{
    internal CypherLintResult(CypherText text, IReadOnlyList<CypherDiagnostic> diagnostics, long run)
    {
        Text = text;
        Diagnostics = diagnostics;
        Run = run;
    }

    /// <summary>The text that was linted.</summary>
    public CypherText Text { get; }

    /// <summary>The text's name.</summary>
    public string Name => Text.Name;

    /// <summary>The Cypher text.</summary>
    public string Query => Text.Query;

    /// <summary>Everything the linter reported, in text order.</summary>
    public IReadOnlyList<CypherDiagnostic> Diagnostics { get; }

    /// <summary>Severity-1 findings: Neo4j 5 would reject the text.</summary>
    public IReadOnlyList<CypherDiagnostic> Errors =>
        Diagnostics.Where(d => d.Severity == CypherDiagnosticSeverity.Error).ToList();

    /// <summary>Severity-2 findings: deprecations, performance notifications, unknown schema names.</summary>
    public IReadOnlyList<CypherDiagnostic> Warnings =>
        Diagnostics.Where(d => d.Severity == CypherDiagnosticSeverity.Warning).ToList();

    /// <summary>True when the linter reported nothing at all (the check's pass condition).</summary>
    public bool IsClean => Diagnostics.Count == 0;

    /// <summary>Which linter process produced this result; equal for all texts of one batch.</summary>
    public long Run { get; }

    /// <summary>Name, text and every finding, for a failure message.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append('[').Append(Name).AppendLine("]");
        foreach (var line in Query.Split('\n'))
        {
            text.Append("    ").AppendLine(line.TrimEnd('\r'));
        }

        if (Text.ParameterNames.Count > 0)
        {
            text.Append("  parameters: ").AppendLine(string.Join(", ", Text.ParameterNames));
        }

        foreach (var diagnostic in Diagnostics)
        {
            text.Append("  ").AppendLine(diagnostic.ToString());
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Describe();
}
