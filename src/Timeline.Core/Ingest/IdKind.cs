namespace Timeline.Core.Ingest;

// What a document id names; all share one id space.
internal enum IdKind
{
    Source,
    Entity,
    Event,
    Statement,
}
