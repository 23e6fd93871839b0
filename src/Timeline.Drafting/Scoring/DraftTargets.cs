namespace Timeline.Drafting.Scoring;

/// <summary>The quality a draft must reach on the project's corpus (issue 15).</summary>
public sealed record DraftTargets
{
    /// <summary>The issue's targets.</summary>
    public static DraftTargets Issue15 { get; } = new();

    /// <summary>Statements F1 (speaker + text + verbatim).</summary>
    public double StatementsF1 { get; init; } = 0.85;

    /// <summary>Linking precision.</summary>
    public double LinkingPrecision { get; init; } = 0.95;

    /// <summary>Linking recall.</summary>
    public double LinkingRecall { get; init; } = 0.85;

    /// <summary>Date accuracy among matched items.</summary>
    public double DateAccuracy { get; init; } = 0.9;

    /// <summary>Events F1 (type + participants + date).</summary>
    public double EventsF1 { get; init; } = 0.6;

    /// <summary>Each target with the measured value and whether it is met, in report order.</summary>
    public IReadOnlyList<(string Name, double Target, double Measured, bool Met)> Check(CorpusScore score) =>
    [
        ("statements F1", StatementsF1, score.Statements.F1, score.Statements.F1 >= StatementsF1),
        ("linking precision", LinkingPrecision, score.Linking.Precision, score.Linking.Precision >= LinkingPrecision),
        ("linking recall", LinkingRecall, score.Linking.Recall, score.Linking.Recall >= LinkingRecall),
        ("date accuracy", DateAccuracy, score.DateAccuracy, score.DateAccuracy >= DateAccuracy),
        ("events F1", EventsF1, score.Events.F1, score.Events.F1 >= EventsF1),
    ];
}
