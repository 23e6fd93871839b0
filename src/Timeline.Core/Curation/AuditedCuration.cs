using Timeline.Core.Audit;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Neo4j;

namespace Timeline.Core.Curation;

/// <summary>Runs one curation in one write transaction and audits it with its actor — done, refused (nothing written) or
/// failed. A curation without a reason is refused before anything is read: every change is on the record with its why.</summary>
internal sealed class AuditedCuration(Neo4jClient client, IngestAuditLog audit)
{
    /// <summary>Runs <paramref name="work"/>; an <see cref="IngestRejectedException"/> it throws becomes a refusal.</summary>
    /// <param name="operation">The operation's name, as the mutation is called.</param>
    /// <param name="subject">What the audit record names (a source's id, a fact's, the survivor of a merge…).</param>
    public async Task<CurationResult> RunAsync(string operation, string? subject, string reason, string actor, CancellationToken ct,
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
            await audit.WriteAsync(IngestAuditRecord.OfFailure(actor, subject) with { Operation = operation }, CancellationToken.None);
            throw;
        }
        await audit.WriteAsync(IngestAuditRecord.OfCuration(operation, actor, subject, result.Ok, result.Affected, result.Errors.Count), CancellationToken.None);
        return result;
    }
}
