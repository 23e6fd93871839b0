using Timeline.Core.Ontology;

namespace Timeline.Core.Ingest;

/// <summary>An entity taking part in an event, in a role.</summary>
/// <param name="EntityId">Id of the entity (in the document or already in the graph).</param>
/// <param name="Role">Its role in the event.</param>
public sealed record ParticipantRecord(string EntityId, Role Role);
