namespace Timeline.Core.Ontology;

/// <summary>What became of an event (the <c>status</c> of an <c>:Event</c> node): whether it happened, is under way, was
/// only announced or planned, or was called off. The ontology's first declared status is the default.</summary>
/// <param name="Name">kebab-case name, e.g. <c>called-off</c>.</param>
/// <param name="Description">Human description.</param>
public sealed record EventStatus(string Name, string Description);
