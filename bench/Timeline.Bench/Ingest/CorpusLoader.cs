using System.Diagnostics;
using Timeline.Bench.Corpus;
using Timeline.Core.Ingest.Writing;

namespace Timeline.Bench.Ingest;

/// <summary>Loads the part of the corpus that is not measured (the documents before the compared rounds) with the bulk
/// path (<see cref="BulkIngestion"/>, a batch of documents per transaction), with progress: one document at a
/// time a 50,000-document corpus takes hours. The graph is the one the per-document pipeline writes (the bulk load's
/// same-graph check, and the query answers compared with the hand-written ones, stand for it).</summary>
internal sealed class CorpusLoader(BulkIngestion bulk, Action<string> log, int batchSize = CorpusLoader.DefaultBatchSize)
{
    /// <summary>Documents per transaction unless told otherwise.</summary>
    public const int DefaultBatchSize = 100;

    /// <summary>Loads <paramref name="documents"/> in order; returns the wall time in seconds. A rejected document fails the
    /// load (the corpus is valid: a rejection is a bug).</summary>
    public async Task<double> LoadAsync(IReadOnlyList<BenchDocument> documents, int total)
    {
        var clock = Stopwatch.StartNew();
        var prepared = documents.Select(d => new BulkDocument(d.Source.Id, DocumentJson.Write(d)));
        var done = 0;
        var lastLog = TimeSpan.Zero;
        await foreach (var outcome in bulk.IngestAsync(prepared, Timeline.Core.Ingest.Writing.IngestionService.UnnamedActor, batchSize))
        {
            if (!outcome.Result.Ok)
                throw new InvalidOperationException($"The corpus load rejected {outcome.Result.SourceId}: " +
                    string.Join("; ", outcome.Result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
            done++;
            if (done == documents.Count || (done % batchSize == 0 && clock.Elapsed - lastLog > TimeSpan.FromSeconds(30)))
            {
                lastLog = clock.Elapsed;
                var rate = done / clock.Elapsed.TotalSeconds;
                log($"  corpus load (bulk, batches of {batchSize}): {done:N0}/{documents.Count:N0} of {total:N0} docs, {rate:F1} docs/s, " +
                    $"ETA {TimeSpan.FromSeconds((documents.Count - done) / rate):hh\\:mm\\:ss}");
            }
        }
        return clock.Elapsed.TotalSeconds;
    }
}
