using System.Diagnostics;
using Timeline.Bench.Corpus;
using Timeline.Bench.Infrastructure;
using Timeline.Bench.Reporting;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;

namespace Timeline.Bench.Ingest;

/// <summary>Loads the corpus into an empty database, every document once, and measures the per-document pipeline
/// (<see cref="IngestionService"/>) against the per-document hand-written writer (<see cref="HandWrittenWriter"/>) like for
/// like:
/// <list type="number">
/// <item>first both writers write a sample of documents into prefixed copies, compared node for node and relationship for
/// relationship (<see cref="SameGraphCheck"/>; this also warms both paths up), then deleted;</item>
/// <item>the documents before the compared region are loaded in bulk (<see cref="CorpusLoader"/>; reported as the load, not
/// compared);</item>
/// <item>the compared region — the corpus's last <c>compareDocuments</c> — is written in rounds of two chunks: the first
/// to the pipeline, the next to the hand-written writer, the order of the two rotating from round to round. Both write into
/// the same growing graph with the same hubs, under the same machine load; the ratio comes from these paired chunks. With
/// <c>bulkBatch</c> &gt; 0 each round has a third chunk of that many documents, loaded by <see cref="BulkIngestion"/> in one
/// batch (checked first, like the hand-written writer, to write the graph the pipeline writes), and with <c>largeBatch</c>
/// &gt; 0 a fourth, written by <see cref="LargeBatchWriter"/> (the hand-written rows of that many documents, one statement of
/// each kind for all of them; checked first likewise), the order of the writers rotating.</item>
/// </list>
/// The graph then holds the whole corpus (each document written by one of the writers), which the query benchmark reads.</summary>
internal sealed class IngestBenchmark(BenchDatabase db, RequestTimingHandler timing, Action<string> log)
{
    public async Task<IngestReport> RunAsync(IReadOnlyList<BenchDocument> corpus, int chunkSize, int compareDocuments, int sameGraphDocuments,
        int bulkBatch, int largeBatch, int loadBatch, bool breakGraph = false)
    {
        if (bulkBatch == 0) largeBatch = 0; // the large-batch writer is the bulk load's limit: measured with it
        var service = new IngestionService(db.Client, OntologyModel.Default, IngestLimits.Default);
        var writer = new HandWrittenWriter(db.Client);
        // Not audited, as the pipeline here is not: the same work on both sides.
        var bulk = new BulkIngestion(db.Client, service, audit: null);

        log($"  same graph: {Math.Min(sameGraphDocuments, corpus.Count)} documents written both ways, compared node for node");
        var check = await new SameGraphCheck(db, service, SameGraphCheck.Of(writer), alterHandWrittenCopy: breakGraph).RunAsync(corpus.Take(sameGraphDocuments).ToList());
        log($"  same graph: {(check.Same ? "yes" : "NO — " + check.Difference)} ({check.PipelineNodes} nodes, {check.PipelineRelationships} relationships)");
        GraphCheck? bulkCheck = null;
        if (bulkBatch > 0)
        {
            bulkCheck = await new SameGraphCheck(db, service, documents => BulkAsync(Prepared(documents)), "bulk").RunAsync(corpus.Take(sameGraphDocuments).ToList());
            log($"  same graph, bulk: {(bulkCheck.Same ? "yes" : "NO — " + bulkCheck.Difference)} ({bulkCheck.HandWrittenNodes} nodes, {bulkCheck.HandWrittenRelationships} relationships)");
        }
        var large = new LargeBatchWriter(db.Client);
        GraphCheck? largeCheck = null;
        if (largeBatch > 0)
        {
            largeCheck = await new SameGraphCheck(db, service, documents => large.WriteAsync(documents, documents.Select(DocumentJson.Write).ToList()), "large-batch")
                .RunAsync(corpus.Take(sameGraphDocuments).ToList());
            log($"  same graph, large batch: {(largeCheck.Same ? "yes" : "NO — " + largeCheck.Difference)} ({largeCheck.HandWrittenNodes} nodes, {largeCheck.HandWrittenRelationships} relationships)");
        }

        static List<BulkDocument> Prepared(IReadOnlyList<BenchDocument> documents) =>
            documents.Select(d => new BulkDocument(d.Source.Id, DocumentJson.Write(d))).ToList();

        async Task BulkAsync(IReadOnlyList<BulkDocument> documents)
        {
            await foreach (var outcome in bulk.IngestAsync(documents, IngestionService.UnnamedActor, Math.Max(bulkBatch, 1)))
            {
                if (!outcome.Result.Ok)
                    throw new InvalidOperationException($"The bulk load rejected {outcome.Result.SourceId}: " +
                        string.Join("; ", outcome.Result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
            }
        }

        var roundSize = 2 * chunkSize + bulkBatch + largeBatch;
        var rounds = Math.Min(compareDocuments, corpus.Count) / roundSize;
        var compareFrom = corpus.Count - rounds * roundSize;
        var load = new PathTotals();
        var pipeline = new PathTotals();
        var baseline = new PathTotals();
        var bulkTotals = new PathTotals();
        var largeTotals = new PathTotals();
        var roundRatios = new List<double>();
        var bulkRoundRatios = new List<double>();
        var largeRoundRatios = new List<double>();
        var clock = Stopwatch.StartNew();

        // Inputs are prepared outside the timed region for both paths: the JSON bytes (the hand-written writer keeps them
        // as the source's document, as the pipeline does).
        Task<double> Pipeline(PathTotals totals, IReadOnlyList<BenchDocument> chunk)
        {
            var json = chunk.Select(DocumentJson.Write).ToList();
            return Timed(totals, chunk, async () =>
            {
                foreach (var bytes in json)
                {
                    var result = await service.IngestAsync(bytes);
                    if (!result.Ok)
                        throw new InvalidOperationException($"The pipeline rejected {result.SourceId}: " +
                            string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
                }
            });
        }

        Task<double> HandWritten(IReadOnlyList<BenchDocument> chunk)
        {
            var json = chunk.Select(DocumentJson.Write).ToList();
            return Timed(baseline, chunk, async () =>
            {
                for (var i = 0; i < chunk.Count; i++)
                    await writer.WriteAsync(chunk[i], json[i]);
            });
        }

        // The documents before the compared rounds are the corpus, not the measurement: loaded in bulk (one by one, 50,000
        // documents take hours).
        if (compareFrom > 0)
        {
            var before = corpus.Take(compareFrom).ToList();
            await Timed(load, before, () => new CorpusLoader(bulk, log, loadBatch).LoadAsync(before, corpus.Count));
        }

        Task<double> Bulk(IReadOnlyList<BenchDocument> chunk)
        {
            var json = Prepared(chunk);
            return Timed(bulkTotals, chunk, () => BulkAsync(json));
        }

        Task<double> LargeBatch(IReadOnlyList<BenchDocument> chunk)
        {
            var json = chunk.Select(DocumentJson.Write).ToList();
            return Timed(largeTotals, chunk, () => large.WriteAsync(chunk, json));
        }

        for (var round = 0; round < rounds; round++)
        {
            var first = compareFrom + round * roundSize;
            var mine = corpus.Skip(first).Take(chunkSize).ToList();
            var theirs = corpus.Skip(first + chunkSize).Take(chunkSize).ToList();
            var batch = corpus.Skip(first + 2 * chunkSize).Take(bulkBatch).ToList();
            var largeChunk = corpus.Skip(first + 2 * chunkSize + bulkBatch).Take(largeBatch).ToList();
            double p = 0, h = 0, b = 0, l = 0;
            // The writers take turns at going first (then second…), so that none always meets the graph or the machine in one state.
            int[] order = largeBatch > 0 ? [0, 1, 2, 3] : bulkBatch > 0 ? [0, 1, 2] : [0, 1];
            for (var turn = 0; turn < order.Length; turn++)
            {
                switch (order[(turn + round) % order.Length])
                {
                    case 0: p = await Pipeline(pipeline, mine); break;
                    case 1: h = await HandWritten(theirs); break;
                    case 2: b = await Bulk(batch); break;
                    default: l = await LargeBatch(largeChunk); break;
                }
            }
            roundRatios.Add(mine.Sum(d => d.FactCount) / p / (theirs.Sum(d => d.FactCount) / h));
            if (bulkBatch > 0)
                bulkRoundRatios.Add(batch.Sum(d => d.FactCount) / b / (mine.Sum(d => d.FactCount) / p));
            if (largeBatch > 0)
                largeRoundRatios.Add(batch.Sum(d => d.FactCount) / b / (largeChunk.Sum(d => d.FactCount) / l));
            if (round % 5 == 0 || round == rounds - 1)
                log($"  ingest {first + roundSize}/{corpus.Count} docs (compared round {round + 1}/{rounds}), {clock.Elapsed.TotalSeconds:F0} s " +
                    $"(pipeline chunk {p:F2} s, hand-written chunk {h:F2} s{(bulkBatch > 0 ? $", bulk chunk of {batch.Count} {b:F2} s" : "")}" +
                    $"{(largeBatch > 0 ? $", large batch of {largeChunk.Count} {l:F2} s" : "")})");
        }

        var pipelineReport = pipeline.Report();
        var baselineReport = baseline.Report();
        var bulkReport = bulkTotals.Report();
        var largeReport = largeTotals.Report();
        return new IngestReport(corpus.Count, corpus.Sum(d => (long)d.FactCount), chunkSize, rounds * 2 * chunkSize, load.Report(),
            pipelineReport, baselineReport, pipelineReport.FactsPerSecond / baselineReport.FactsPerSecond,
            roundRatios.Count == 0 ? double.NaN : Stats.Median(roundRatios), ValidationCost(corpus), check)
        {
            LoadBatch = compareFrom > 0 ? loadBatch : 0,
            Bulk = bulkCheck is null ? null : new BulkIngestReport(bulkBatch, bulkReport, bulkReport.FactsPerSecond / pipelineReport.FactsPerSecond,
                bulkRoundRatios.Count == 0 ? double.NaN : Stats.Median(bulkRoundRatios), bulkCheck),
            LargeBatch = largeCheck is null ? null : new LargeBatchReport(largeBatch, largeReport, bulkReport.FactsPerSecond / largeReport.FactsPerSecond,
                largeRoundRatios.Count == 0 ? double.NaN : Stats.Median(largeRoundRatios), largeCheck, LargeBatchWriter.MaxRows(corpus.Take(largeBatch).ToList())),
        };
    }

    private async Task<double> Timed(PathTotals totals, IReadOnlyList<BenchDocument> docs, Func<Task> work)
    {
        timing.Reset();
        var watch = Stopwatch.StartNew();
        await work();
        watch.Stop();
        totals.Add(watch.Elapsed.TotalSeconds, docs.Count, docs.Sum(d => d.FactCount), timing.Elapsed.TotalSeconds, timing.Requests,
            timing.CommitElapsed.TotalSeconds, timing.CommitRequests);
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Validation alone, in process, over up to 300 documents (median of three passes).</summary>
    private static double ValidationCost(IReadOnlyList<BenchDocument> corpus)
    {
        var validator = new DocumentValidator(OntologyModel.Default);
        var sample = corpus.Take(300).Select(DocumentJson.Write).ToList();
        var passes = new List<double>();
        for (var pass = 0; pass < 3; pass++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var bytes in sample)
                validator.Validate(bytes);
            passes.Add(watch.Elapsed.TotalMicroseconds / sample.Count);
        }
        return Stats.Median(passes);
    }

    private sealed class PathTotals
    {
        private readonly List<double> _chunkRates = [];
        private double _seconds;
        private double _neo4jSeconds;
        private long _requests;
        private double _commitSeconds;
        private long _commits;
        private int _documents;
        private long _facts;

        public void Add(double seconds, int documents, int facts, double neo4jSeconds, long requests, double commitSeconds, long commits)
        {
            _commitSeconds += commitSeconds;
            _commits += commits;
            _documents += documents;
            _facts += facts;
            _seconds += seconds;
            _neo4jSeconds += neo4jSeconds;
            _requests += requests;
            _chunkRates.Add(facts / seconds);
        }

        public IngestPathReport Report() => _documents == 0
            ? new(0, 0, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
            : new(_documents, _facts, _seconds, _documents / _seconds, _facts / _seconds, Stats.Median(_chunkRates),
                _neo4jSeconds * 1000 / _documents, (_seconds - _neo4jSeconds) * 1000 / _documents, (double)_requests / _documents,
                _commitSeconds * 1000 / _documents, (double)_commits / _documents);
    }
}
