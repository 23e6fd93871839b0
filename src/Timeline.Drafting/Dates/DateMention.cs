using Timeline.Primitives;

namespace Timeline.Drafting.Dates;

/// <summary>A date expression found in a sentence and what it resolves to.</summary>
/// <param name="FirstToken">Index of its first token in the sentence.</param>
/// <param name="LastToken">Index of its last token (inclusive).</param>
/// <param name="Value">The date at the precision the words carry; null for an offset (see <see cref="OffsetDays"/>).</param>
/// <param name="Confidence">How sure the resolution is.</param>
/// <param name="Reason">How it was resolved, for the draft's notes ("weekday resolved against publication date").</param>
internal sealed record DateMention(int FirstToken, int LastToken, PartialDate? Value, double Confidence, string Reason)
{
    /// <summary>For "a week after …", "two days after …": the clause that follows happened this many days before the
    /// date of the clause the expression belongs to (7, 2). <see cref="OffsetAtMost"/> marks "less than a week after".</summary>
    public int? OffsetDays { get; init; }

    /// <summary>"less than …": the offset is an upper bound, not an exact distance.</summary>
    public bool OffsetAtMost { get; init; }

    /// <summary>The expression is inside quoted words (its "today" is the speaker's, not the article's).</summary>
    public bool Quoted { get; init; }
}
