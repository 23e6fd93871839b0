namespace Timeline.Core.Ingest.Writing;

/// <summary>What one ingest did. <see cref="Created"/> counts nodes and relationships the document added;
/// <see cref="Updated"/> counts the document's source, entities, events and statements that were already in
/// the graph (re-ingesting an unchanged document reports 0 created). On failure nothing was written and
/// <see cref="Errors"/> lists every problem with its JSON path.</summary>
public sealed record IngestResult(bool Ok, string? SourceId, int Created, int Updated, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>A rejected document: nothing written.</summary>
    public static IngestResult Rejected(string? sourceId, IReadOnlyList<ValidationError> errors) => new(false, sourceId, 0, 0, errors);
}
