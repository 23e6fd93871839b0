using Timeline.Bench.Ingest;
using Timeline.Bench.Queries;

namespace Timeline.Bench.Reporting;

/// <summary>Everything one run measured (written as bench/results/&lt;date&gt;.json and summarised in the .md).
/// <see cref="IngestWarmupDocuments"/>: the documents the server was warmed up with before the first scale's ingest (0: none,
/// as in every run before 2026-11-30). <see cref="Pair"/>: the O(page) reads of the smallest and the largest scale measured
/// side by side (null: not measured — one scale, <c>--no-pair</c>, or a run before 2026-12-03's side-by-side comparison).</summary>
internal sealed record BenchResults(string Date, string Command, MachineInfo Machine, ulong Seed, List<ScaleResult> Scales, string Commit = "unknown",
    int IngestWarmupDocuments = 0, PairReport? Pair = null);

/// <summary>One corpus size. <see cref="Targets"/> is null when only ingest ran (<c>--ingest-only</c>).</summary>
internal sealed record ScaleResult(
    int Documents, long Facts, long Nodes, long Relationships, IngestReport? Ingest, QueryTargets? Targets,
    List<LatencyReport> Latency, List<ThroughputReport> Throughput, double ApiRssAfterWarmupMiB, double ApiPeakRssMiB,
    double LoadAverageBefore, double LoadAverageAfter);
