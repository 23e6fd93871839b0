using Timeline.Core.Audit;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Neo4j;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline ingest --bulk</c>: the files go through <see cref="BulkIngestion"/>, a batch per transaction. A line
/// per batch as it lands on standard output, each rejected document with its file and every error's JSON path on standard
/// error (as without <c>--bulk</c>), progress (documents/s, ETA) on standard error, the same <c>Done:</c> summary and exit code.</summary>
internal static class BulkIngestRun
{
    public static async Task<int> RunAsync(Neo4jClient client, IngestAuditLog audit, string actor, IReadOnlyList<string> files, int batchSize, CancellationToken ct)
    {
        var bulk = new BulkIngestion(client, new IngestionService(client, CliContext.Ontology, IngestLimits.Default), audit);
        // How each file was read (a draft's errors are reported at their path in the envelope), until its outcome is printed.
        var read = new Dictionary<string, IngestCommand.IngestFile>(StringComparer.Ordinal);
        IEnumerable<BulkDocument> Documents()
        {
            foreach (var name in files)
            {
                ct.ThrowIfCancellationRequested();
                var file = IngestCommand.Read(name);
                read[name] = file;
                yield return new BulkDocument(name, file.Document);
            }
        }

        var progress = new BulkConsoleProgress(files.Count);
        long created = 0, updated = 0;
        int rejected = 0, done = 0;
        var batch = new List<BulkOutcome>();
        async Task SettleAsync()
        {
            var ok = batch.Where(o => o.Result.Ok).ToList();
            Console.WriteLine($"[batch {batch[0].Batch}: documents {done - batch.Count + 1}-{done} of {files.Count}] {ok.Count} ok, " +
                              $"{batch.Count - ok.Count} rejected, {ok.Sum(o => o.Result.Created)} created, {ok.Sum(o => o.Result.Updated)} updated");
            foreach (var outcome in batch.Where(o => !o.Result.Ok))
                await IngestCommand.ReportRejectedAsync("", outcome.Document.Name, read[outcome.Document.Name], outcome.Result);
            foreach (var outcome in batch)
                read.Remove(outcome.Document.Name);
            progress.Report(done);
            batch.Clear();
        }

        await foreach (var outcome in bulk.IngestAsync(Documents(), actor, batchSize, ct))
        {
            if (batch.Count > 0 && batch[0].Batch != outcome.Batch)
                await SettleAsync();
            batch.Add(outcome);
            done++;
            if (outcome.Result.Ok)
            {
                created += outcome.Result.Created;
                updated += outcome.Result.Updated;
            }
            else
            {
                rejected++;
            }
        }
        if (batch.Count > 0)
            await SettleAsync();
        return await IngestCommand.FinishAsync(audit, files.Count, created, updated, rejected, ct);
    }
}
