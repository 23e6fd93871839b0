namespace Timeline.Drafting;

/// <summary>How sure the drafter is of one item of the draft, and why.</summary>
/// <param name="Path">JSON path of the item in the draft's document, e.g. <c>$.statements[3]</c>.</param>
/// <param name="Confidence">0 (a guess) to 1 (read straight off the text).</param>
/// <param name="Message">What the drafter did and, when unsure, why (e.g. "speaker resolved from a pronoun").</param>
public sealed record DraftNote(string Path, double Confidence, string Message);
