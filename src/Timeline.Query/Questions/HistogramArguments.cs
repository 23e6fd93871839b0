using Timeline.Primitives;

namespace Timeline.Query.Questions;

/// <summary>The histogram question's arguments.</summary>
/// <param name="Items">Which items are counted: exactly those of the timeline with these arguments (its page is ignored).</param>
/// <param name="By">The period: <see cref="DatePrecision.Year"/>, <see cref="DatePrecision.Month"/> or <see cref="DatePrecision.Day"/>.</param>
public sealed record HistogramArguments(TimelineArguments Items, DatePrecision By);
