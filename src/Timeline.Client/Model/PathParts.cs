namespace Timeline.Client;

/// <summary>A node on a path: an entity (Kind is its kind) or an event (Kind is <c>Event</c>).</summary>
public sealed record PathNode(string Id, string Name, string Kind);

/// <summary>A relationship on a path, as stored (From → To), with the participant role for PARTICIPANT steps.</summary>
public sealed record PathStep(string Type, string From, string To, string? Role);
