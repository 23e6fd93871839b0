using System.Diagnostics;
using Timeline.Bench.Corpus;
using Timeline.Bench.Infrastructure;
using Timeline.Bench.Reporting;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;

namespace Timeline.Bench.Ingest;

/// <summary>Ingests the corpus twice into one database, chunk by chunk in alternation (so both paths see the same load
/// from the rest of the machine and a graph of the same size): once through <see cref="IngestionService"/> (ids as
/// generated) and once by <see cref="HandWrittenWriter"/> (ids prefixed). Then checks both copies hold the same number
/// of nodes and relationships (when every chunk was compared) and deletes the hand-written copy, leaving the pipeline's graph for the query benchmark.</summary>
internal sealed class IngestBenchmark(BenchDatabase db, RequestTimingHandler timing, Action<string> log)
{
    public const string BaselinePrefix = "hw~";
    private const string WarmUpPrefix = "warm~";

    public async Task<IngestReport> RunAsync(IReadOnlyList<BenchDocument> corpus, int chunkSize, int compareEvery = 1)
    {
        var ontology = OntologyModel.Default;
        var symmetric = ontology.RelationTypes.ToDictionary(t => t.Name, t => t.Symmetric);
        var service = new IngestionService(db.Client, ontology, IngestLimits.Default);
        var pipeline = new PathTotals();
        var baseline = new PathTotals();
        var chunkRatios = new List<double>();
        double pairedPipeline = 0, pairedBaseline = 0;
        var facts = corpus.Sum(d => (long)d.FactCount);
        // Warm-up (JIT, plan caches) of both paths on a renamed copy of the first documents, deleted before timing starts.
        var writer = new HandWrittenWriter(db.Client);
        foreach (var doc in corpus.Take(5))
        {
            await service.IngestAsync(DocumentJson.Write(IdPrefix.Apply(doc, WarmUpPrefix)));
            await writer.WriteAsync(IdPrefix.Apply(doc, WarmUpPrefix + BaselinePrefix), symmetric);
        }
        await db.DeletePrefixAsync(WarmUpPrefix);

        var clock = Stopwatch.StartNew();

        for (var start = 0; start < corpus.Count; start += chunkSize)
        {
            var chunk = corpus.Skip(start).Take(chunkSize).ToList();
            var chunkFacts = chunk.Sum(d => d.FactCount);
            // Inputs are prepared outside the timed region for both paths: JSON bytes for the pipeline, renamed rows for the baseline.
            var json = chunk.Select(DocumentJson.Write).ToList();
            var renamed = chunk.Select(d => IdPrefix.Apply(d, BaselinePrefix)).ToList();

            async Task<double> Pipeline()
            {
                return await Timed(pipeline, chunk.Count, chunkFacts, async () =>
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

            async Task<double> Baseline()
            {
                return await Timed(baseline, chunk.Count, chunkFacts, async () =>
                {
                    foreach (var doc in renamed)
                        await writer.WriteAsync(doc, symmetric);
                });
            }

            double p, b = double.NaN;
            var chunkIndex = start / chunkSize;
            if (chunkIndex % compareEvery != 0)
                p = await Pipeline();
            else if ((chunkIndex / compareEvery) % 2 == 0)
            {
                b = await Baseline();
                p = await Pipeline();
            }
            else
            {
                p = await Pipeline();
                b = await Baseline();
            }
            if (!double.IsNaN(b))
            {
                chunkRatios.Add(b / p);
                pairedPipeline += p;
                pairedBaseline += b;
            }
            if ((start / chunkSize) % 10 == 0 || start + chunkSize >= corpus.Count)
                log($"  ingest {Math.Min(start + chunkSize, corpus.Count)}/{corpus.Count} docs, {clock.Elapsed.TotalSeconds:F0} s (chunk: pipeline {p:F2} s, hand-written {b:F2} s)");
        }

        var (allNodes, allRels) = await db.CountAsync();
        var (hwNodes, hwRels) = await db.CountAsync(BaselinePrefix);
        log("  deleting the hand-written copy");
        await db.DeletePrefixAsync(BaselinePrefix);

        var validation = ValidationCost(corpus);
        var pipelineReport = pipeline.Report(allNodes - hwNodes, allRels - hwRels);
        var baselineReport = baseline.Report(hwNodes, hwRels);
        return new IngestReport(corpus.Count, facts, chunkSize, pipelineReport, baselineReport,
            pairedBaseline / pairedPipeline, Stats.Median(chunkRatios), validation,
            compareEvery == 1 ? pipelineReport.Nodes == baselineReport.Nodes && pipelineReport.Relationships == baselineReport.Relationships : null);
    }

    private async Task<double> Timed(PathTotals totals, int documents, int facts, Func<Task> work)
    {
        timing.Reset();
        var watch = Stopwatch.StartNew();
        await work();
        watch.Stop();
        totals.Add(watch.Elapsed.TotalSeconds, documents, facts, timing.Elapsed.TotalSeconds, timing.Requests);
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
        private double _neo4jSeconds;
        private long _requests;

        private int _documents;
        private long _facts;

        public double Seconds { get; private set; }

        public void Add(double seconds, int documents, int facts, double neo4jSeconds, long requests)
        {
            _documents += documents;
            _facts += facts;
            Seconds += seconds;
            _neo4jSeconds += neo4jSeconds;
            _requests += requests;
            _chunkRates.Add(facts / seconds);
        }

        public IngestPathReport Report(long nodes, long relationships) => new(
            _documents, Seconds, _documents / Seconds, _facts / Seconds, Stats.Median(_chunkRates),
            _neo4jSeconds * 1000 / _documents, (Seconds - _neo4jSeconds) * 1000 / _documents, (double)_requests / _documents,
            nodes, relationships);
    }
}
