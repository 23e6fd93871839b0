using System.Runtime.CompilerServices;
using Timeline.Core.Audit;
using Timeline.Neo4j;

namespace Timeline.Core.Ingest.Writing;

/// <summary>Loads many documents, in order, a batch of them per write transaction (<c>timeline ingest --bulk</c>). Each
/// document is validated and written exactly as <see cref="IngestionService"/> writes it alone (the same write path, inside
/// the batch's transaction, which sees the batch's earlier documents), so the graph, the idempotency and the answers are
/// those of ingesting the documents one by one in the same order; what a batch saves is commits, requests — its documents'
/// look-ups are read at once (<see cref="BatchLookups"/>) and their writes sent with the commit — and rewrites of what grows
/// with every document: the name-suffix index, the item and relation lists and the entities' and relations' sources lists
/// are written for many documents at once (<see cref="DeferredWrites"/>). A batch lands whole or not
/// at all: a document the graph refutes (a conflict, a retracted source…) rolls the batch back, is answered rejected, and the
/// batch is written again without it; a transient Neo4j error runs the batch again (the client's retry). Every document
/// leaves one audit record, as <see cref="AuditedIngestion"/> records a per-document ingest, when an audit log is given.</summary>
public sealed class BulkIngestion(Neo4jClient client, IngestionService ingestion, IngestAuditLog? audit)
{
    /// <summary>Documents per transaction unless told otherwise.</summary>
    public const int DefaultBatchSize = 100;

    /// <summary>Ingests <paramref name="documents"/> (read lazily, a batch at a time) on behalf of <paramref name="actor"/>;
    /// yields every document's outcome, in order, as its batch settles. An exception other than a document's rejection
    /// (Neo4j unavailable, cancellation) ends the load after the batches already settled, with a <c>failed</c> audit record
    /// for each document of the batch it hit (nothing of that batch is written).</summary>
    public async IAsyncEnumerable<BulkOutcome> IngestAsync(IEnumerable<BulkDocument> documents, string actor,
        int batchSize = DefaultBatchSize, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var number = 0;
        foreach (var batch in documents.Chunk(batchSize))
        {
            number++;
            var results = await WriteAsync(batch, actor, ct).ConfigureAwait(false);
            for (var i = 0; i < batch.Length; i++)
                yield return new BulkOutcome(batch[i], results[i], number);
        }
    }

    private async Task<IngestResult[]> WriteAsync(BulkDocument[] batch, string actor, CancellationToken ct)
    {
        var validations = batch.Select(d => ingestion.Validator.Validate(d.Json.Span)).ToArray();
        // The documents the graph refuted, answered already and left out of the batch's next attempt.
        var refused = new Dictionary<int, IngestResult>();
        IngestResult[] results;
        while (true)
        {
            var current = -1;
            try
            {
                results = await client.ExecuteWriteAsync(async tx =>
                {
                    var answers = new Func<IngestResult>[batch.Length];
                    var deferred = new DeferredWrites();
                    // Every look-up of the documents to write, at once: a document's own is read only where an earlier one's
                    // writes may change its answer (BatchLookups).
                    var lookups = await BatchLookups.ReadAsync(tx, [.. Enumerable.Range(0, batch.Length)
                        .Where(i => !refused.ContainsKey(i) && validations[i] is { Document: not null, Errors.Count: 0 })
                        .Select(i => new DocumentLookups.Named(validations[i].Document!, validations[i].ExternalReferences))], ingestion.Ontology, ct).ConfigureAwait(false);
                    for (var i = 0; i < batch.Length; i++)
                    {
                        if (refused.TryGetValue(i, out var answer))
                        {
                            answers[i] = () => answer;
                            continue;
                        }
                        current = i;
                        answers[i] = await ingestion.WriteInBatchAsync(tx, validations[i], batch[i].Json, actor, deferred, lookups, ct).ConfigureAwait(false);
                    }
                    current = -1;
                    // What the documents held back, sent with the commit.
                    await deferred.FlushAsync(tx, [], commits: true, ct).ConfigureAwait(false);
                    return answers.Select(a => a()).ToArray();
                }, ct).ConfigureAwait(false);
                break;
            }
            catch (IngestRejectedException rejected) when (current >= 0)
            {
                // The transaction is rolled back (the client disposes of it): the batch is written again without this document.
                refused[current] = IngestResult.Rejected(validations[current].Document?.Source.Id, rejected.Errors);
            }
            catch (Exception)
            {
                // Nothing of this batch is written: the documents refused so far keep their answer, the others failed.
                await AuditAsync(batch, i => refused.TryGetValue(i, out var answer)
                    ? AuditedIngestion.RecordOf(actor, answer, batch[i].Json.Span)
                    : IngestAuditRecord.OfFailure(actor, validations[i].Document?.Source.Id ?? AuditedIngestion.SourceIdOf(batch[i].Json.Span))).ConfigureAwait(false);
                throw;
            }
        }
        // The batch is settled (committed, its refused documents not written) whatever happens to its records now.
        await AuditAsync(batch, i => AuditedIngestion.RecordOf(actor, results[i], batch[i].Json.Span)).ConfigureAwait(false);
        return results;
    }

    private async Task AuditAsync(BulkDocument[] batch, Func<int, IngestAuditRecord> recordOf)
    {
        if (audit is null) return;
        // The load's token may be the reason for a failure: the records must not depend on it.
        await audit.WriteAsync(Enumerable.Range(0, batch.Length).Select(recordOf).ToList(), CancellationToken.None).ConfigureAwait(false);
    }
}
