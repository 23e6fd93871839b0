namespace Timeline.Core.Ingest;

/// <summary>What a reference may point at.</summary>
internal enum ReferenceTarget
{
    /// <summary>Participants, speakers and relation ends.</summary>
    Entity,

    /// <summary>A statement's <c>about</c>: an entity, an event or a statement.</summary>
    EntityEventOrStatement,
}
