namespace Timeline.Query.Questions;

/// <summary>The search question's arguments.</summary>
/// <param name="Text">What to look for (folded like the stored keys: case, accents and spacing ignored).</param>
/// <param name="Kinds">Only entities with one of these labels (checked kinds; subkinds carry their parents' labels); null:
/// all; empty: none.</param>
/// <param name="First">At most this many.</param>
public sealed record SearchArguments(string Text, IReadOnlyList<string>? Kinds, int First);
