namespace Timeline.Client;

/// <summary>A histogram question: the items a <see cref="TimelineQuery"/> with the same values would list, counted per
/// period of <see cref="By"/>.</summary>
public sealed record HistogramQuery(IReadOnlyList<string>? Involving = null, string? From = null, string? To = null,
    IReadOnlyList<string>? Types = null, Granularity By = Granularity.Month);
