namespace Timeline.Core.Ingest;

// What a reference may point at.
internal enum ReferenceTarget
{
    // Participants, speakers and relation ends.
    Entity,

    // A statement's about: an entity, an event or a statement.
    EntityEventOrStatement,
}
