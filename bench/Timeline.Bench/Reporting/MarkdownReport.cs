using Timeline.Bench.Ingest;
using System.Globalization;
using System.Text;

namespace Timeline.Bench.Reporting;

/// <summary>The committed summary table of a run. A wrong answer stands out: the run's failures are listed at the top, the
/// row's "same answer" / "same graph" cell says **NO**, and the targets (<see cref="Verdicts"/>) say **no**.</summary>
internal static class MarkdownReport
{
    public static string Write(BenchResults r)
    {
        var b = new StringBuilder();
        var m = r.Machine;
        b.AppendLine($"# Benchmark results — {r.Date}");
        b.AppendLine();
        b.AppendLine($"Machine: `nproc` = {m.Cores}, {m.Cpu}, {F(m.MemoryGiB, 1)} GiB RAM; Neo4j {m.Neo4j} (HTTP API, {m.Neo4jHeap} heap, {m.Neo4jPageCache} page cache " +
                     $"as the server reports them, the project's local instance); {m.DotNet}; {m.Os}. Shared machine: 1-minute load average before/after each scale is listed below.");
        b.AppendLine();
        b.AppendLine($"Command: `{r.Command}` (corpus seed {r.Seed}); commit `{r.Commit}`.");
        b.AppendLine();
        if (r.IngestWarmupDocuments > 0)
        {
            b.AppendLine($"Ingest warm-up: before the first scale's ingest, the freshly started server ran the whole ingest comparison once, " +
                         $"untimed, on {r.IngestWarmupDocuments:N0} documents of corpus seed {IngestWarmup.SeedOf(r.Seed)}; the database was then emptied.");
            b.AppendLine();
        }
        var failures = Verdicts.RunFailures(r);
        if (failures.Count > 0)
        {
            b.AppendLine("**THE RUN FAILED** — a wrong answer: a GraphQL answer that differs from the hand-written one, or two writers that write different graphs:");
            b.AppendLine();
            foreach (var f in failures)
                b.AppendLine($"- **{f}**");
            b.AppendLine();
        }

        if (r.Scales.Any(s => s.Ingest is not null))
        {
            b.AppendLine("## Ingest: per-document pipeline (`IngestionService`) vs per-document hand-written `UNWIND … MERGE` (same facts, same client, alternate chunks of one graph)");
            b.AppendLine();
            b.AppendLine("| docs | facts | compared docs (pipeline + hand-written) | pipeline docs/s | pipeline facts/s | hand-written docs/s | hand-written facts/s | ratio (facts/s) | ratio (median round) | Neo4j ms/doc pipeline / hand-written | client ms/doc pipeline / hand-written | HTTP requests/doc | validation µs/doc | corpus load before (docs/s) | same graph |");
            b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
            foreach (var s in r.Scales.Where(s => s.Ingest is not null))
            {
                var i = s.Ingest!;
                var (p, h) = (i.Pipeline, i.HandWritten);
                b.AppendLine($"| {s.Documents:N0} | {i.Facts:N0} | {p.Documents:N0} + {h.Documents:N0} | {F(p.DocumentsPerSecond, 1)} | {F(p.FactsPerSecond, 0)} | {F(h.DocumentsPerSecond, 1)} | {F(h.FactsPerSecond, 0)} | " +
                             $"**{F(i.Ratio, 3)}×** | {F(i.MedianChunkRatio, 2)}× | {F(p.Neo4jMsPerDocument, 0)} / {F(h.Neo4jMsPerDocument, 0)} | " +
                             $"{F(p.ClientMsPerDocument, 1)} / {F(h.ClientMsPerDocument, 1)} | {F(p.RequestsPerDocument, 0)} / {F(h.RequestsPerDocument, 0)} | " +
                             $"{F(i.ValidationMicrosecondsPerDocument, 0)} | {(i.Load.Documents == 0 ? "–" : $"{F(i.Load.DocumentsPerSecond, 1)} ({i.Load.Documents:N0} docs, {(i.LoadBatch > 0 ? $"bulk, batches of {i.LoadBatch}" : "one by one")})")} | " +
                             $"{(i.SameGraph.Same ? $"yes ({i.SameGraph.Documents} docs)" : $"**NO** ({i.SameGraph.Documents} docs)")} |");
            }
            b.AppendLine();
            if (r.Scales.Any(s => s.Ingest?.Bulk is not null))
            {
                b.AppendLine("### Bulk load (`BulkIngestion`, `timeline ingest --bulk`) vs the per-document pipeline (same rounds of one graph; not audited, as the pipeline here is not)");
                b.AppendLine();
                b.AppendLine("| docs | batch | compared docs (bulk + pipeline) | bulk docs/s | bulk facts/s | pipeline docs/s | pipeline facts/s | ratio (facts/s) | ratio (median round) | Neo4j ms/doc bulk / pipeline | of which in committing requests bulk / pipeline | client ms/doc bulk / pipeline | HTTP requests/doc bulk / pipeline | committing requests/doc bulk / pipeline | same graph |");
                b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
                foreach (var s in r.Scales.Where(s => s.Ingest?.Bulk is not null))
                {
                    var (k, p) = (s.Ingest!.Bulk!, s.Ingest.Pipeline);
                    b.AppendLine($"| {s.Documents:N0} | {k.BatchSize} | {k.Bulk.Documents:N0} + {p.Documents:N0} | {F(k.Bulk.DocumentsPerSecond, 1)} | {F(k.Bulk.FactsPerSecond, 0)} | {F(p.DocumentsPerSecond, 1)} | {F(p.FactsPerSecond, 0)} | " +
                                 $"**{F(k.Ratio, 2)}×** | {F(k.MedianRoundRatio, 2)}× | {F(k.Bulk.Neo4jMsPerDocument, 1)} / {F(p.Neo4jMsPerDocument, 1)} | {F(k.Bulk.CommitMsPerDocument, 1)} / {F(p.CommitMsPerDocument, 1)} | " +
                                 $"{F(k.Bulk.ClientMsPerDocument, 1)} / {F(p.ClientMsPerDocument, 1)} | {F(k.Bulk.RequestsPerDocument, 2)} / {F(p.RequestsPerDocument, 2)} | {F(k.Bulk.CommitsPerDocument, 2)} / {F(p.CommitsPerDocument, 2)} | " +
                                 $"{(k.SameGraph.Same ? $"yes ({k.SameGraph.Documents} docs)" : $"**NO** ({k.SameGraph.Documents} docs)")} |");
                }
                b.AppendLine();
            }
            if (r.Scales.Any(s => s.Ingest?.LargeBatch is not null && s.Ingest.Bulk is not null))
            {
                b.AppendLine("### Bulk load vs the hand-written large-batch writer (`LargeBatchWriter`: the hand-written rows of a batch's documents, one `UNWIND` of each kind for all of them, one autocommit request; same rounds of one graph)");
                b.AppendLine();
                b.AppendLine("| docs | batch bulk / large | compared docs (bulk + large) | most rows per UNWIND | bulk facts/s | large-batch facts/s | large-batch docs/s | ratio bulk / large (facts/s) | ratio (median round) | Neo4j ms/doc bulk / large | HTTP requests/doc bulk / large | same graph |");
                b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
                foreach (var s in r.Scales.Where(s => s.Ingest?.LargeBatch is not null && s.Ingest.Bulk is not null))
                {
                    var (k, l) = (s.Ingest!.Bulk!, s.Ingest.LargeBatch!);
                    b.AppendLine($"| {s.Documents:N0} | {k.BatchSize} / {l.BatchSize} | {k.Bulk.Documents:N0} + {l.Path.Documents:N0} | {l.RowsPerUnwind:N0} | {F(k.Bulk.FactsPerSecond, 0)} | {F(l.Path.FactsPerSecond, 0)} | {F(l.Path.DocumentsPerSecond, 1)} | " +
                                 $"**{F(l.BulkRatio, 2)}×** | {F(l.MedianRoundRatio, 2)}× | {F(k.Bulk.Neo4jMsPerDocument, 1)} / {F(l.Path.Neo4jMsPerDocument, 1)} | " +
                                 $"{F(k.Bulk.RequestsPerDocument, 2)} / {F(l.Path.RequestsPerDocument, 2)} | " +
                                 $"{(l.SameGraph.Same ? $"yes ({l.SameGraph.Documents} docs)" : $"**NO** ({l.SameGraph.Documents} docs)")} |");
                }
                b.AppendLine();
            }
        }

        foreach (var s in r.Scales.Where(s => s.Targets is not null))
        {
            b.AppendLine($"## Queries at {s.Documents:N0} documents ({s.Nodes:N0} nodes, {s.Relationships:N0} relationships; hub `{s.Targets!.Hub}` has {s.Targets.HubDegree:N0} timeline edges; load average {F(s.LoadAverageBefore, 1)} → {F(s.LoadAverageAfter, 1)})");
            b.AppendLine();
            b.AppendLine($"Latency in ms. GraphQL = full HTTP stack to the API process; translator's Cypher = the API's own statement run directly through the client; hand-written = one Cypher query through the client (the limit). Ratio = GraphQL / hand-written. Ratio past the hop = (GraphQL p50 − GraphQL p50 of {Verdicts.FloorRequest}) / hand-written p50 ({Verdicts.FloorRequest}'s samples are taken beside every request's, throughout): the same ratio without the fixed cost of the extra HTTP hop to the API (a request to a service in front of Neo4j pays two hops; the hand-written query one). Ratio p95 of the hop alone = the p95 of (hand-written + {Verdicts.FloorRequest}) per iteration of the same request, / hand-written p95: the p95 ratio expected of a service that cost nothing beyond its hop (forwarding the hand-written query and answering as fast as the floor). \"> cap\" = stopped at the cap (terminated on the server). Same answer: every GraphQL answer compared with the hand-written one (in order where the result is ordered, whole paths); **NO** fails the run.");
            b.AppendLine();
            b.AppendLine("| request | n | GraphQL p50 | GraphQL p95 | translator's Cypher p50 | hand-written p50 | hand-written p95 | ratio p50 | ratio p95 | ratio p95 of the hop alone | translator's Cypher / hand-written p50 | ratio p50 past the hop | Cypher round trips | same answer |");
            b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
            var hop = s.Latency.FirstOrDefault(l => l.Name == Verdicts.FloorRequest)?.GraphQLP50 ?? double.NaN;
            foreach (var l in s.Latency)
            {
                if (l.Samples == 0)
                {
                    b.AppendLine($"| {l.Name} | 0 | not sent | – | {Ms(l.ApiCypherP50)} | {Ms(l.CypherP50)} | {F(l.CypherP95, 1)} | – | – | – | – | – | – | {SameAnswer(l)} |");
                    continue;
                }
                b.AppendLine($"| {l.Name} | {(l.Samples < Verdicts.MinSamples ? $"**{l.Samples}**" : l.Samples.ToString(CultureInfo.InvariantCulture))} | {F(l.GraphQLP50, 1)} | {F(l.GraphQLP95, 1)} | {F(l.ApiCypherP50, 1)} | {F(l.CypherP50, 1)} | {F(l.CypherP95, 1)} | " +
                             $"{Mark(l.RatioP50, Verdicts.RatioP50)} | {Mark(l.RatioP95, Verdicts.RatioP95)} | {(double.IsNaN(l.HopBoundRatioP95) ? "–" : F(l.HopBoundRatioP95, 2) + "×")} | {(double.IsNaN(l.ApiCypherP50) ? "–" : F(l.ApiCypherP50 / l.CypherP50, 2) + "×")} | " +
                             $"{(l.ExpectedRoundTrips == 0 ? "–" : F((l.GraphQLP50 - hop) / l.CypherP50, 2) + "×")} | {l.RoundTrips} | {SameAnswer(l)} |");
            }
            b.AppendLine();
            if (s.Throughput.Count > 0)
            {
                var excluded = s.Throughput[0].Excluded;
                b.AppendLine($"Throughput (the requests above{(excluded.Count == 0 ? "" : " except " + string.Join(", ", excluded))}, in turn; {F(s.Throughput[0].Seconds, 0)} s per level; API peak RSS {F(s.ApiPeakRssMiB, 0)} MiB, {F(s.ApiRssAfterWarmupMiB, 0)} MiB after the latency runs):");
                b.AppendLine();
                b.AppendLine("| clients | requests | req/s | p50 ms | p99 ms | errors |");
                b.AppendLine("|---:|---:|---:|---:|---:|---:|");
                foreach (var t in s.Throughput)
                    b.AppendLine($"| {t.Clients} | {t.Requests:N0} | {F(t.RequestsPerSecond, 1)} | {F(t.P50, 1)} | {F(t.P99, 1)} | {t.Errors} |");
                b.AppendLine();
            }
        }

        if (r.Pair is { } pair)
        {
            b.AppendLine($"## O(page), side by side: {pair.SmallDocuments:N0} and {pair.LargeDocuments:N0} documents at once");
            b.AppendLine();
            b.AppendLine($"The {pair.SmallDocuments:N0}-document graph on a second Neo4j instance with its own API process, the {pair.LargeDocuments:N0}-document graph on the run's; " +
                         $"each request read on both in turns of {Queries.ScalePairBenchmark.BlockSize} iterations (GraphQL and hand-written; a turn's first iteration untimed), the sides taking turns throughout; {pair.WarmupRounds} untimed rounds of every request on both first. " +
                         "p50 in ms. Growth = the large graph's p50 / the small one's (the O(page) targets). Every GraphQL answer compared with its own graph's hand-written one.");
            b.AppendLine();
            b.AppendLine($"| request | n | GraphQL p50 at {pair.SmallDocuments:N0} | GraphQL p50 at {pair.LargeDocuments:N0} | growth | hand-written p50 at {pair.SmallDocuments:N0} | hand-written p50 at {pair.LargeDocuments:N0} | hand-written growth | same answer |");
            b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|:---:|");
            foreach (var p in pair.Rows)
                b.AppendLine($"| {p.Name} | {p.Samples} | {F(p.SmallGraphQLP50, 1)} | {F(p.LargeGraphQLP50, 1)} | {Mark(p.Growth, Verdicts.HubGrowth)} | {F(p.SmallCypherP50, 1)} | " +
                             $"{F(p.LargeCypherP50, 1)} | {F(p.CypherGrowth, 2)}× | {(p.WrongAnswer ? $"**NO** ({p.Differing} of {p.Compared} differ)" : $"yes ({p.Compared})")} |");
            b.AppendLine();
        }

        b.AppendLine("## Targets");
        b.AppendLine();
        b.AppendLine("| target | measured | holds |");
        b.AppendLine("|---|---|:---:|");
        foreach (var v in Verdicts.Of(r))
            b.AppendLine($"| {v.Target} | {v.Measured.Replace("|", "\\|", StringComparison.Ordinal)} | {(v.Holds ? "yes" : "**no**")} |");
        b.AppendLine();
        return b.ToString();
    }

    private static string SameAnswer(Queries.LatencyReport l) =>
        l.WrongAnswer ? $"**NO** ({l.AnswersDiffering} of {l.AnswersCompared} differ)"
        : l.Agree ? $"yes ({l.AnswersCompared})"
        : $"not compared ({l.AgreementNote})";

    private static string F(double value, int decimals) => Verdicts.F(value, decimals);

    private static string Ms(double ms) => double.IsPositiveInfinity(ms) ? "> cap" : F(ms, 1);

    private static string Mark(double ratio, double limit) => double.IsNaN(ratio) ? "–" : ratio <= limit ? $"{F(ratio, 2)}×" : $"**{F(ratio, 2)}×**";
}
