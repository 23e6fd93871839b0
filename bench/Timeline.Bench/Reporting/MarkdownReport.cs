using System.Globalization;
using System.Text;

namespace Timeline.Bench.Reporting;

/// <summary>The committed summary table of a run.</summary>
internal static class MarkdownReport
{
    public static string Write(BenchResults r)
    {
        var b = new StringBuilder();
        var m = r.Machine;
        b.AppendLine($"# Benchmark results — {r.Date}");
        b.AppendLine();
        b.AppendLine($"Machine: `nproc` = {m.Cores}, {m.CpuLabel()}, {F(m.MemoryGiB, 1)} GiB RAM; Neo4j {m.Neo4j} (HTTP API, 512 MB heap, 64 MB page cache, " +
                     $"the project's local instance); {m.DotNet}; {m.Os}. Shared machine: 1-minute load average before/after each scale is listed below.");
        b.AppendLine();
        b.AppendLine($"Command: `{r.Command}` (corpus seed {r.Seed}); commit `{r.Commit}`.");
        b.AppendLine();

        b.AppendLine("## Ingest: pipeline (`IngestionService`) vs hand-written `UNWIND … MERGE` (same facts, same client, chunks alternated)");
        b.AppendLine();
        b.AppendLine("| docs | facts | pipeline docs/s | pipeline facts/s | hand-written facts/s | ratio (total time) | ratio (median chunk) | Neo4j ms/doc pipeline / hand-written | client ms/doc pipeline / hand-written | HTTP requests/doc | validation µs/doc | same graph |");
        b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
        foreach (var s in r.Scales.Where(s => s.Ingest is not null))
        {
            var i = s.Ingest!;
            b.AppendLine($"| {s.Documents:N0} | {i.Facts:N0} | {F(i.Pipeline.DocumentsPerSecond, 1)} | {F(i.Pipeline.FactsPerSecond, 0)} | {F(i.HandWritten.FactsPerSecond, 0)} | " +
                         $"**{F(i.Ratio, 2)}×** | {F(i.MedianChunkRatio, 2)}× | {F(i.Pipeline.Neo4jMsPerDocument, 0)} / {F(i.HandWritten.Neo4jMsPerDocument, 0)} | " +
                         $"{F(i.Pipeline.ClientMsPerDocument, 1)} / {F(i.HandWritten.ClientMsPerDocument, 1)} | {F(i.Pipeline.RequestsPerDocument, 0)} / {F(i.HandWritten.RequestsPerDocument, 0)} | " +
                         $"{F(i.ValidationMicrosecondsPerDocument, 0)} | {(i.SameGraph switch { true => "yes", false => "NO", null => $"{i.HandWritten.Documents:N0} docs compared" })} |");
        }
        b.AppendLine();

        foreach (var s in r.Scales)
        {
            b.AppendLine($"## Queries at {s.Documents:N0} documents ({s.Nodes:N0} nodes, {s.Relationships:N0} relationships; hub `{s.Targets.Hub}` has {s.Targets.HubDegree:N0} timeline edges; load average {F(s.LoadAverageBefore, 1)} → {F(s.LoadAverageAfter, 1)})");
            b.AppendLine();
            b.AppendLine("Latency in ms. GraphQL = full HTTP stack to the API process; translator's Cypher = the API's own statement run directly through the client; hand-written = one Cypher query through the client (the limit). Ratio = GraphQL / hand-written. Ratio past the hop = (GraphQL p50 − GraphQL p50 of floor-no-data) / hand-written p50: the same ratio without the fixed cost of the extra HTTP hop to the API (a request to a service in front of Neo4j pays two hops; the hand-written query one). \"> cap\" = stopped at the cap (terminated on the server).");
            b.AppendLine();
            b.AppendLine("| request | n | GraphQL p50 | GraphQL p95 | translator's Cypher p50 | hand-written p50 | hand-written p95 | ratio p50 | ratio p95 | translator's Cypher / hand-written p50 | ratio p50 past the hop | Cypher round trips | same answer |");
            b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
            var hop = s.Latency.FirstOrDefault(l => l.Name == "floor-no-data")?.GraphQLP50 ?? double.NaN;
            foreach (var l in s.Latency)
            {
                if (l.Samples == 0)
                {
                    b.AppendLine($"| {l.Name} | 0 | not sent | – | {Ms(l.ApiCypherP50)} | {Ms(l.CypherP50)} | {F(l.CypherP95, 1)} | – | – | – | – | – | {l.AgreementNote} |");
                    continue;
                }
                b.AppendLine($"| {l.Name} | {l.Samples} | {F(l.GraphQLP50, 1)} | {F(l.GraphQLP95, 1)} | {F(l.ApiCypherP50, 1)} | {F(l.CypherP50, 1)} | {F(l.CypherP95, 1)} | " +
                             $"{Mark(l.RatioP50, 1.3)} | {Mark(l.RatioP95, 1.5)} | {(double.IsNaN(l.ApiCypherP50) ? "–" : F(l.ApiCypherP50 / l.CypherP50, 2) + "×")} | " +
                             $"{(l.ExpectedRoundTrips == 0 ? "–" : F((l.GraphQLP50 - hop) / l.CypherP50, 2) + "×")} | {l.RoundTrips} | {(l.Agree ? "yes" : "NO")} |");
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

        b.AppendLine("## Targets");
        b.AppendLine();
        b.AppendLine("| target | measured | holds |");
        b.AppendLine("|---|---|:---:|");
        foreach (var s in r.Scales.Where(s => s.Ingest is not null))
            b.AppendLine($"| ingest ≥ 0.8× hand-written at {s.Documents:N0} docs | {F(s.Ingest!.Ratio, 2)}× | {Yes(s.Ingest.Ratio >= 0.8)} |");
        foreach (var s in r.Scales)
        {
            var p50 = s.Latency.Where(l => l.ExpectedRoundTrips > 0 && (l.RatioP50 > 1.3 || l.Samples == 0)).Select(l => l.Samples == 0 ? $"{l.Name} (over the cap)" : $"{l.Name} {F(l.RatioP50, 2)}×").ToList();
            var p95 = s.Latency.Where(l => l.ExpectedRoundTrips > 0 && (l.RatioP95 > 1.5 || l.Samples == 0)).Select(l => l.Samples == 0 ? $"{l.Name} (over the cap)" : $"{l.Name} {F(l.RatioP95, 2)}×").ToList();
            b.AppendLine($"| GraphQL p50 ≤ 1.3× hand-written, every request, {s.Documents:N0} docs | {(p50.Count == 0 ? "all hold" : "missed: " + string.Join(", ", p50))} | {Yes(p50.Count == 0)} |");
            b.AppendLine($"| GraphQL p95 ≤ 1.5× hand-written, every request, {s.Documents:N0} docs | {(p95.Count == 0 ? "all hold" : "missed: " + string.Join(", ", p95))} | {Yes(p95.Count == 0)} |");
            var ran = s.Latency.Where(l => l.Samples > 0).ToList();
            var wrong = ran.Where(l => l.RoundTrips != l.ExpectedRoundTrips).Select(l => $"{l.Name}: {l.RoundTrips}").ToList();
            b.AppendLine($"| one Cypher round trip per root field, {s.Documents:N0} docs | {(wrong.Count == 0 ? $"{ran.Count(l => l.ExpectedRoundTrips == 1)} requests: 1 each (extensions.cypherRoundTrips)" : string.Join(", ", wrong))} | {Yes(wrong.Count == 0)} |");
            var errors = s.Throughput.Sum(t => t.Errors);
            if (s.Throughput.Count > 0)
                b.AppendLine($"| no errors under concurrency, {s.Documents:N0} docs | {errors} errors | {Yes(errors == 0)} |");
        }
        if (r.Scales.Count >= 2)
        {
            var small = r.Scales[0].Latency.FirstOrDefault(l => l.Name == "hub-timeline-first-page");
            var large = r.Scales[^1].Latency.FirstOrDefault(l => l.Name == "hub-timeline-first-page");
            if (small is not null && large is not null)
            {
                var growth = large.GraphQLP50 / small.GraphQLP50;
                b.AppendLine($"| hub timeline page p50 at {r.Scales[^1].Documents:N0} docs ≤ 1.5× at {r.Scales[0].Documents:N0} docs | " +
                             $"{F(large.GraphQLP50, 1)} ms vs {F(small.GraphQLP50, 1)} ms = {F(growth, 2)}× (hub degree {r.Scales[^1].Targets.HubDegree:N0} vs {r.Scales[0].Targets.HubDegree:N0}; " +
                             $"hand-written {F(large.CypherP50, 1)} ms vs {F(small.CypherP50, 1)} ms = {F(large.CypherP50 / small.CypherP50, 2)}×) | {Yes(growth <= 1.5)} |");
            }
        }
        b.AppendLine();
        return b.ToString();
    }

    private static string CpuLabel(this MachineInfo m) => m.Cpu;

    private static string F(double value, int decimals) =>
        double.IsNaN(value) ? "–" : value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Ms(double ms) => double.IsPositiveInfinity(ms) ? "> cap" : F(ms, 1);

    private static string Mark(double ratio, double limit) => double.IsNaN(ratio) ? "–" : ratio <= limit ? $"{F(ratio, 2)}×" : $"**{F(ratio, 2)}×**";

    private static string Yes(bool ok) => ok ? "yes" : "**no**";
}
