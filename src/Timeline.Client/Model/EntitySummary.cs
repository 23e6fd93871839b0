namespace Timeline.Client;

/// <summary>An entity as search results list it.</summary>
public sealed record EntitySummary(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, string? Description, bool Named);
