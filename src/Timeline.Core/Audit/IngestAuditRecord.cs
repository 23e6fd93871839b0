using System.Globalization;
using Timeline.Core.Ingest.Writing;

namespace Timeline.Core.Audit;

/// <summary>One ingest or curation attempt as recorded in the graph: <c>(:IngestAudit {id, at, actor, sourceId, created,
/// updated, outcome, errorCount, operation})</c>; <see cref="Operation"/> names the mutation (<c>ingestDocument</c>,
/// <c>retractSource</c>, …), and for a curation <see cref="Updated"/> counts the facts it touched. <see cref="Outcome"/> is <c>ok</c> (written), <c>rejected</c> (invalid or in conflict with the
/// graph; nothing written) or <c>failed</c> (Neo4j or the service failed; nothing written).</summary>
public sealed record IngestAuditRecord(
    string Id, string At, string Actor, string? SourceId, int Created, int Updated, string Outcome, int ErrorCount,
    string Operation = IngestAuditRecord.IngestOperation)
{
    /// <summary>The operation of an ingest.</summary>
    public const string IngestOperation = "ingestDocument";

    /// <summary>The document was written.</summary>
    public const string Ok = "ok";

    /// <summary>The document was refused; nothing was written.</summary>
    public const string Rejected = "rejected";

    /// <summary>The attempt failed (Neo4j unavailable, timeout…); nothing was written.</summary>
    public const string Failed = "failed";

    /// <summary>The record of an ingest that returned a result (written or rejected).</summary>
    public static IngestAuditRecord Of(string actor, IngestResult result) =>
        New(actor, result.SourceId, result.Created, result.Updated, result.Ok ? Ok : Rejected, result.Errors.Count);

    /// <summary>The record of an ingest that threw.</summary>
    public static IngestAuditRecord OfFailure(string actor, string? sourceId) => New(actor, sourceId, 0, 0, Failed, 1);

    /// <summary>The record of a curation <paramref name="operation"/> that answered (done or refused).</summary>
    public static IngestAuditRecord OfCuration(string operation, string actor, string? sourceId, bool ok, int affected, int errorCount) =>
        New(actor, sourceId, 0, affected, ok ? Ok : Rejected, errorCount) with { Operation = operation };

    /// <summary>The node's properties.</summary>
    public IReadOnlyDictionary<string, object?> Properties() => new Dictionary<string, object?>
    {
        ["id"] = Id,
        ["at"] = At,
        ["actor"] = Actor,
        ["sourceId"] = SourceId,
        ["created"] = Created,
        ["updated"] = Updated,
        ["outcome"] = Outcome,
        ["errorCount"] = ErrorCount,
        ["operation"] = Operation,
    };

    private static IngestAuditRecord New(string actor, string? sourceId, int created, int updated, string outcome, int errorCount) =>
        new($"audit:{Guid.NewGuid():N}", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            actor, sourceId, created, updated, outcome, errorCount);
}
