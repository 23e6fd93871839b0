using Timeline.Bench.Corpus;
using Timeline.Bench.Infrastructure;
using Timeline.Core.Ontology;

namespace Timeline.Bench.Ingest;

/// <summary>Warms a freshly started server up before the first scale's ingest is measured: the whole ingest comparison
/// (<see cref="IngestBenchmark"/>: every writer, its same-graph checks, its rounds) runs once, untimed, on a small corpus of
/// another seed, and the database is emptied again. Without it the first scale measured the server's first minutes: in
/// runs of 162dc9d on 2026-11-30, the bulk load took 96.7 ms a document at 1,000 documents (the corpus load before the
/// compared rounds: 40 documents) and 22.9 ms at 2,000 (after a 1,040-document load), the large-batch writer 77.2 and 15.7,
/// the per-document pipeline 178 and 97 — a graph twice the size, yet every writer 2–5 times faster. The larger scales'
/// corpus load warms the server up by itself.</summary>
internal sealed class IngestWarmup(BenchDatabase db, RequestTimingHandler timing, Action<string> log)
{
    /// <summary>Documents of the warm-up corpus unless told otherwise (<c>--ingest-warmup</c>).</summary>
    public const int DefaultDocuments = 1000;

    /// <summary>The warm-up corpus's seed: another corpus than any scale's, so that no id of it is measured later.</summary>
    public static ulong SeedOf(ulong seed) => seed + 1;

    public async Task RunAsync(BenchOptions options, int documents)
    {
        log($"ingest warm-up: {documents:N0} documents of corpus seed {SeedOf(options.Seed)} through every writer, untimed");
        var corpus = new CorpusGenerator(SeedOf(options.Seed), documents, OntologyModel.Default).Generate().ToList();
        await db.ResetAsync();
        await new IngestBenchmark(db, timing, _ => { }).RunAsync(corpus, options.ChunkSize, options.CompareDocuments,
            options.SameGraphDocuments, options.BulkBatch, options.LargeBatch, options.LoadBatch);
        await db.ResetAsync();
        log("ingest warm-up: done, database emptied");
    }
}
