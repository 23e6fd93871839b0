namespace Timeline.Client;

/// <summary>An entity named by id, with its name and kind.</summary>
public sealed record EntityRef(string Id, string Name, string? Kind);

/// <summary>What a statement is about: an entity (Type is its kind), an event (<c>Event</c>) or a statement (<c>Statement</c>).</summary>
public sealed record SubjectRef(string Id, string Name, string Type);

/// <summary>A source reporting a fact, with the supporting excerpt where there is one.</summary>
public sealed record SourceRef(string SourceId, string? Title, string? Published, string? Excerpt);

/// <summary>An entity taking part in an event, and its role (agent, target, location…).</summary>
public sealed record Participant(string Role, EntityRef Entity);
