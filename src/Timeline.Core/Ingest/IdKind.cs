namespace Timeline.Core.Ingest;

/// <summary>What a document id names; all share one id space.</summary>
internal enum IdKind
{
    Source,
    Entity,
    Event,
    Statement,
}
