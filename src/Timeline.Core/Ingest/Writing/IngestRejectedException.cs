namespace Timeline.Core.Ingest.Writing;

/// <summary>Thrown inside the write transaction when the graph itself refutes the document (an id it refers
/// to is missing, or it would change an entity's kind) so that the transaction rolls back before any write.</summary>
internal sealed class IngestRejectedException(IReadOnlyList<ValidationError> errors)
    : Exception("The document conflicts with the graph.")
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
