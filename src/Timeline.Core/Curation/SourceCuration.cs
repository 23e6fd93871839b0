using Timeline.Core.Audit;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Provenance;
using Timeline.Neo4j;

namespace Timeline.Core.Curation;

/// <summary>Retracting and reinstating a source, each in one write transaction (whole or not at all, the source's write lock
/// serialising curations of it), recorded as a change and audited with its actor — refused attempts too. The CLI and the
/// GraphQL mutations both come through here.</summary>
public sealed class SourceCuration(Neo4jClient client, IngestionService ingestion, IngestAuditLog audit)
{
    private readonly AuditedCuration audited = new(client, audit);

    /// <summary>Operation names, as the mutations are called (and audited).</summary>
    public const string Retract = "retractSource", Reinstate = "reinstateSource";

    /// <summary>Takes <paramref name="sourceId"/>'s support away from every fact: a fact no other source supports goes, the
    /// others keep what their other sources say. The source stays, marked retracted, and its document is kept (so it can be
    /// reinstated); ingesting it again is refused until then. Retracting a retracted source changes nothing.</summary>
    public Task<CurationResult> RetractSourceAsync(string sourceId, string reason, string actor, CancellationToken ct = default) =>
        RetractAsync(sourceId, reason, actor, null, ct);

    /// <summary>A retraction as it was once made (a restore replaying a backup): the tombstone and the change record carry the
    /// original time <paramref name="at"/>, actor and reason. Otherwise the same as <see cref="RetractSourceAsync(string, string, string, CancellationToken)"/>.</summary>
    internal Task<CurationResult> RetractSourceAsOfAsync(string sourceId, string reason, string actor, string at, CancellationToken ct) =>
        RetractAsync(sourceId, reason, actor, at, ct);

    private Task<CurationResult> RetractAsync(string sourceId, string reason, string actor, string? at, CancellationToken ct) =>
        audited.RunAsync(Retract, sourceId, reason, actor, ct, async tx =>
        {
            var source = await LockAsync(tx, sourceId, ct);
            if (source.RetractedAt is not null) return new CurationResult(true, null, 0, []);
            var removed = await new SupportRemoval(ingestion.Validator).RemoveAsync(tx, sourceId, source.Document, [], [], ct);
            var change = ChangeRecord.Now(actor, ChangeAction.Retracted, sourceId, reason, [sourceId, .. removed.Targets]);
            if (at is not null) change = change with { At = at };
            await tx.CommitAsync(
            [
                .. removed.ListMarks,
                new Statement(CurationCypher.MarkRetracted, new Dictionary<string, object?>
                {
                    ["sourceId"] = sourceId, ["at"] = change.At, ["actor"] = actor, ["reason"] = reason,
                }),
                ChangeLog.Write(change),
            ], ct);
            return new CurationResult(true, change.Id, removed.Facts, []);
        });

    /// <summary>Lifts a retraction: the source's kept document is ingested again (validated against today's ontology and
    /// graph). Reinstating a source that stands changes nothing.</summary>
    public Task<CurationResult> ReinstateSourceAsync(string sourceId, string reason, string actor, CancellationToken ct = default) =>
        audited.RunAsync(Reinstate, sourceId, reason, actor, ct, async tx =>
        {
            var source = await LockAsync(tx, sourceId, ct);
            if (source.RetractedAt is null) return new CurationResult(true, null, 0, []);
            if (source.Document is null)
                throw new IngestRejectedException([new ValidationError("id", $"Source '{sourceId}' has no kept document to reinstate (it was ingested before documents were kept); ingest its document instead.")]);
            await tx.RunAsync(new Statement(CurationCypher.Unmark, new Dictionary<string, object?> { ["sourceId"] = sourceId }), ct);
            var change = ChangeRecord.Now(actor, ChangeAction.Reinstated, sourceId, reason, []);
            var written = await ingestion.WriteKeptAsync(tx, source.Document, change, ct);
            await tx.CommitAsync(ct);
            return new CurationResult(true, change.Id, written.Created + written.Updated, []);
        });

    private static async Task<(string? RetractedAt, string? Document)> LockAsync(Neo4jTransaction tx, string sourceId, CancellationToken ct)
    {
        var found = await tx.RunAsync(CurationCypher.LockSource, new Dictionary<string, object?> { ["sourceId"] = sourceId }, ct);
        if (found.Records.Count == 0)
            throw new IngestRejectedException([new ValidationError("id", $"No source '{sourceId}' in the graph.")]);
        return (found.Records[0].Get<string?>("retractedAt"), found.Records[0].Get<string?>("document"));
    }
}
