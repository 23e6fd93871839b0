namespace Timeline.Core.Ontology;

/// <summary>A role an entity can play in an event (the <c>role</c> of a <c>PARTICIPANT</c> edge).</summary>
/// <param name="Name">camelCase name, e.g. <c>agent</c>.</param>
/// <param name="Description">Human description.</param>
public sealed record Role(string Name, string Description);
