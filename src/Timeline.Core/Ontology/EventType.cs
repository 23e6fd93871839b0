namespace Timeline.Core.Ontology;

/// <summary>A declared event type (the <c>type</c> value of an <c>:Event</c> node).</summary>
/// <param name="Name">PascalCase name.</param>
/// <param name="Description">Human description.</param>
public sealed record EventType(string Name, string Description);
