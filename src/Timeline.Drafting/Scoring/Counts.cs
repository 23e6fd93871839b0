namespace Timeline.Drafting.Scoring;

/// <summary>Matched, drafted and gold counts of one kind of item, with precision, recall and F1 (1 when there is
/// nothing to find and nothing was found).</summary>
public sealed record Counts(int Matched, int Drafted, int Gold)
{
    /// <summary>Matched ÷ drafted.</summary>
    public double Precision => Drafted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Drafted;

    /// <summary>Matched ÷ gold.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of two counts (micro-averaging).</summary>
    public static Counts operator +(Counts a, Counts b) => new(a.Matched + b.Matched, a.Drafted + b.Drafted, a.Gold + b.Gold);
}
