namespace Timeline.Client;

/// <summary>An event an entity took part in, with the entity's role(s).</summary>
public sealed record EventSummary(string Id, string Type, string Title, TimelineDate? Date, IReadOnlyList<string> Roles);
