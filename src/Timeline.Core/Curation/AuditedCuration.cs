using Timeline.Core.Audit;
using Timeline.Core.Ingest.Writing;
using Timeline.Neo4j;

namespace Timeline.Core.Curation;

/// <summary>Runs one curation in one write transaction and audits it with its actor, whatever happens: done, refused
/// (<see cref="IngestRejectedException"/> → <c>ok: false</c> with the errors, nothing written) or failed (the exception
/// goes on, after a failure record). A curation without a reason is refused before anything is read.</summary>
internal sealed class AuditedCuration(Neo4jClient client, IngestAuditLog audit)
{
    /// <summary>Runs <paramref name="work"/> for <paramref name="operation"/> on <paramref name="subjectId"/> (a source or a
    /// fact), audited under that id.</summary>
    public async Task<CurationResult> RunAsync(string operation, string subjectId, string reason, string actor, CancellationToken ct,
        Func<Neo4jTransaction, Task<CurationResult>> work)
    {
        CurationResult result;
        try
        {
            result = string.IsNullOrWhiteSpace(reason)
                ? CurationResult.Refused("reason", "A reason is required: say why, for the record.")
                : await client.ExecuteWriteAsync(work, ct);
        }
        catch (IngestRejectedException refused)
        {
            result = CurationResult.Refused(refused.Errors);
        }
        catch (Exception)
        {
            await audit.WriteAsync(IngestAuditRecord.OfFailure(actor, subjectId) with { Operation = operation }, CancellationToken.None);
            throw;
        }
        await audit.WriteAsync(IngestAuditRecord.OfCuration(operation, actor, subjectId, result.Ok, result.Affected, result.Errors.Count), CancellationToken.None);
        return result;
    }
}
