using Timeline.Bench.Ingest;
using Timeline.Bench.Queries;
using Timeline.Bench.Reporting;

namespace Timeline.UnitTests.Bench;

/// <summary>The run's verdicts are computed from its numbers: a wrong answer or two writers' differing graphs fail the run
/// and stand out in the table; a request with fewer than 30 samples, an unchecked answer or an ingest ratio under 0.8 fail
/// their target.</summary>
public sealed class VerdictTests
{
    [Fact]
    public void A_run_whose_answers_all_agree_passes_and_says_so()
    {
        var results = Run(Scale(latency: [Request("a"), Request("b")]));

        Assert.Empty(Verdicts.RunFailures(results));
        var same = Target(results, "every answer the same");
        Assert.True(same.Holds);
        Assert.Contains("2 requests, 80 answers compared, none differs", same.Measured);
        Assert.DoesNotContain("FAILED", MarkdownReport.Write(results));
    }

    [Fact]
    public void One_differing_answer_fails_the_run_and_its_row_and_target_are_marked()
    {
        var results = Run(Scale(latency: [Request("a"), Request("b") with { Agree = false, AnswersDiffering = 1, AgreementNote = "1 of 40 GraphQL answers differ" }]));

        var failure = Assert.Single(Verdicts.RunFailures(results));
        Assert.Contains("b: 1 of 40 GraphQL answers differ", failure);
        Assert.False(Target(results, "every answer the same").Holds);
        var table = MarkdownReport.Write(results);
        Assert.Contains("**THE RUN FAILED", table);
        Assert.Contains("| b | 40 |", table);
        Assert.Contains("**NO** (1 of 40 differ) |", table);
        Assert.Contains("| every answer the same: each GraphQL answer equals the hand-written one, 1,000 docs | differ: b (1 of 40 differ) | **no** |", table);
    }

    [Fact]
    public void An_answer_never_compared_fails_the_target_but_is_not_a_wrong_answer()
    {
        var results = Run(Scale(latency: [Request("a"), Request("b") with { Samples = 0, Agree = false, AnswersCompared = 0, AgreementNote = "over the cap" }]));

        Assert.Empty(Verdicts.RunFailures(results));
        var same = Target(results, "every answer the same");
        Assert.False(same.Holds);
        Assert.Contains("not compared: b", same.Measured);
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    [InlineData(0, false)]
    public void Every_request_needs_30_samples(int samples, bool holds)
    {
        var results = Run(Scale(latency: [Request("a"), Request("b") with { Samples = samples }]));

        var target = Target(results, "n ≥ 30 per request");
        Assert.Equal(holds, target.Holds);
        if (!holds)
            Assert.Contains($"b n={samples}", target.Measured);
    }

    [Theory]
    [InlineData(0.7985, false)]
    [InlineData(0.8, true)]
    [InlineData(double.NaN, false)]
    public void The_per_document_ingest_ratio_is_judged_from_the_measured_number(double ratio, bool holds)
    {
        var results = Run(Scale(ingest: Ingest(ratio, difference: null)));

        var target = Target(results, "per-document ingest ≥ 0.8×");
        Assert.Equal(holds, target.Holds);
        Assert.StartsWith(double.IsNaN(ratio) ? "–×" : ratio.ToString("N3", System.Globalization.CultureInfo.InvariantCulture) + "×", target.Measured);
        Assert.Empty(Verdicts.RunFailures(results));
    }

    [Fact]
    public void Writers_that_write_different_graphs_fail_the_run_and_the_ingest_row_is_marked()
    {
        var results = Run(Scale(ingest: Ingest(0.9, difference: "1 node(s) only the pipeline wrote")));

        var failure = Assert.Single(Verdicts.RunFailures(results));
        Assert.Contains("graphs differ: 1 node(s) only the pipeline wrote", failure);
        Assert.False(Target(results, "write the same graph").Holds);
        var table = MarkdownReport.Write(results);
        Assert.Contains("| **NO** (40 docs) |", table);
        Assert.Contains("**THE RUN FAILED", table);
    }

    [Fact]
    public void The_machine_line_reports_the_servers_heap_and_page_cache()
    {
        var results = Run(Scale(latency: [Request("a")])) with { Machine = new MachineInfo(2, "cpu", 23.5, "3.1.1 community", ".NET", "Linux", "3 GiB", "2g") };

        Assert.Contains("Neo4j 3.1.1 community (HTTP API, 3 GiB heap, 2g page cache as the server reports them", MarkdownReport.Write(results));
    }

    [Theory]
    [InlineData(30.0, true)]
    [InlineData(30.1, false)]
    public void Each_O_page_read_is_judged_by_its_own_growth_from_the_smallest_to_the_largest_scale(double p50At50k, bool holds)
    {
        var small = Scale(latency: [Request("search-prefix") with { GraphQLP50 = 20 }, Request("other") with { GraphQLP50 = 1 }]);
        var large = Scale(latency: [Request("search-prefix") with { GraphQLP50 = p50At50k }, Request("other") with { GraphQLP50 = 100 }]) with { Documents = 50_000 };
        var results = Run(small) with { Scales = [small, large] };

        var target = Target(results, "O(page): search-prefix p50 at 50,000 docs ≤ 1.5× at 1,000 docs");
        Assert.Equal(holds, target.Holds);
        Assert.StartsWith($"{p50At50k:N1} ms vs 20.0 ms = {p50At50k / 20:N2}×", target.Measured);
        Assert.DoesNotContain(Verdicts.Of(results), v => v.Target.Contains("O(page): other", StringComparison.Ordinal)); // not an O(page) read
    }

    [Theory]
    [InlineData(30.0, true)]
    [InlineData(30.1, false)]
    public void Measured_side_by_side_an_O_page_read_is_judged_by_that_growth_and_the_scale_after_scale_one_is_shown_beside(double p50At50k, bool holds)
    {
        // Scale after scale the read grew 3× (a slow hour at 50k); side by side, the same run says p50At50k / 20.
        var small = Scale(latency: [Request("search-prefix") with { GraphQLP50 = 10 }]);
        var large = Scale(latency: [Request("search-prefix") with { GraphQLP50 = 30 }]) with { Documents = 50_000 };
        var pair = new PairReport(1000, 50_000, 400, [new PairRow("search-prefix", 120, 20, p50At50k, 8, 12, 240, 0)]);
        var results = Run(small) with { Scales = [small, large], Pair = pair };

        var target = Target(results, "O(page): search-prefix p50 at 50,000 docs ≤ 1.5× at 1,000 docs");
        Assert.Equal(holds, target.Holds);
        Assert.Equal($"side by side {p50At50k:N1} ms vs 20.0 ms = {p50At50k / 20:N2}× (hand-written 12.0 vs 8.0 ms = 1.50×; n = 120; scale after scale 3.00×)", target.Measured);
        Assert.Contains("## O(page), side by side: 1,000 and 50,000 documents at once", MarkdownReport.Write(results));
        Assert.Empty(Verdicts.RunFailures(results));
    }

    [Fact]
    public void A_differing_answer_side_by_side_fails_the_run_and_its_target()
    {
        var small = Scale(latency: [Request("search-prefix")]);
        var pair = new PairReport(1000, 50_000, 400, [new PairRow("search-prefix", 120, 20, 21, 8, 8, 240, 3)]);
        var results = Run(small) with { Scales = [small, small with { Documents = 50_000 }], Pair = pair };

        Assert.Contains("side by side: search-prefix: 3 of 240 GraphQL answers differ", Assert.Single(Verdicts.RunFailures(results)));
        Assert.False(Target(results, "O(page): search-prefix").Holds);
        Assert.Contains("**NO** (3 of 240 differ)", MarkdownReport.Write(results));
    }

    [Fact]
    public void The_p50_ratio_is_judged_past_the_extra_hop_and_the_hop_itself_against_1_5_ms()
    {
        // (3.0 − 1.6) / 1.0 = 1.4× past the hop misses, (4.0 − 1.6) / 2.0 = 1.2× holds; the hop itself misses.
        var results = Run(Scale(latency:
        [
            Request(Verdicts.FloorRequest) with { GraphQLP50 = 1.6, ExpectedRoundTrips = 0 },
            Request("a") with { GraphQLP50 = 3.0, CypherP50 = 1.0 },
            Request("b") with { GraphQLP50 = 4.0, CypherP50 = 2.0 },
        ]));

        var p50 = Target(results, "GraphQL p50 past the hop ≤ 1.3×");
        Assert.False(p50.Holds);
        Assert.Equal("missed: a 1.40×", p50.Measured);
        var hop = Target(results, "the extra hop (floor-no-data) ≤ 1.5 ms p50");
        Assert.False(hop.Holds);
        Assert.Equal("1.60 ms", hop.Measured);
    }

    [Fact]
    public void A_p95_miss_says_what_the_hop_alone_reached_and_whether_that_was_over_the_target()
    {
        // a: 2.4 / 1.0 misses, and hand-written + the hop reached 1.8 / 1.0 (over 1.5×); b: 3.4 / 2.0 misses, the hop alone
        // 2.6 / 2.0 = 1.3× (the service's own tail); c holds.
        var results = Run(Scale(latency:
        [
            Request(Verdicts.FloorRequest) with { ExpectedRoundTrips = 0 },
            Request("a") with { GraphQLP95 = 2.4, CypherP95 = 1.0, HopBoundP95 = 1.8 },
            Request("b") with { GraphQLP95 = 3.4, CypherP95 = 2.0, HopBoundP95 = 2.6 },
            Request("c") with { GraphQLP95 = 2.8, CypherP95 = 2.0, HopBoundP95 = 2.6 },
        ]));

        var p95 = Target(results, "GraphQL p95 ≤ 1.5×");
        Assert.False(p95.Holds);
        Assert.Equal("missed: a 2.40× (the hop alone 1.80×, over the target), b 1.70× (the hop alone 1.30×)", p95.Measured);
    }

    [Fact]
    public void The_p95_verdict_reports_the_request_the_API_only_forwards_and_does_not_judge_it()
    {
        // forward-only misses 1.5× (1.8 / 1.0) but is not a GraphQL request: reported beside the verdict, not in it.
        var results = Run(Scale(latency:
        [
            Request(Verdicts.FloorRequest) with { ExpectedRoundTrips = 0 },
            Request(Verdicts.ForwardRequest) with { GraphQLP95 = 1.8, CypherP95 = 1.0, ExpectedRoundTrips = 0 },
            Request("a") with { GraphQLP95 = 1.4, CypherP95 = 1.0 },
        ]));

        var p95 = Target(results, "GraphQL p95 ≤ 1.5×");
        Assert.True(p95.Holds);
        Assert.Equal("all hold; a request the API only forwards (forward-only) 1.80×", p95.Measured);
    }
    [Theory]
    [InlineData(43.5, true)]
    [InlineData(43.4, false)]
    public void Throughput_at_16_clients_on_the_10k_graph_is_judged_against_five_times_the_committed_figure(double perSecond, bool holds)
    {
        var scale = Scale(latency: [Request("a")]) with
        {
            Documents = 10_000,
            Throughput = [new ThroughputReport(4, 10, 500, 50, 10, 100, 0, null), new ThroughputReport(16, 10, 435, perSecond, 300, 900, 0, null) { Excluded = ["slow"] }],
        };

        var target = Target(Run(scale), "throughput at 16 clients ≥ 5× the committed 8.7 requests/s, 10,000 docs");
        Assert.Equal(holds, target.Holds);
        Assert.Equal($"{perSecond:N1} requests/s = {perSecond / 8.7:N2}× (mix without slow)", target.Measured);
    }

    [Theory]
    [InlineData(3.999, false)]
    [InlineData(4.0, true)]
    public void Bulk_ingest_holds_at_4_times_the_per_document_pipeline(double ratio, bool holds)
    {
        var results = Run(Scale(ingest: Ingest(0.9, null) with { Bulk = Bulk(ratio, null) }));

        var target = Target(results, "bulk ingest ≥ 4× the per-document pipeline, 1,000 docs");
        Assert.Equal(holds, target.Holds);
        Assert.StartsWith($"{ratio:N2}× in facts/s", target.Measured);
        Assert.Empty(Verdicts.RunFailures(results));
        Assert.Contains("### Bulk load", MarkdownReport.Write(results));
    }

    [Fact]
    public void A_bulk_load_writing_another_graph_fails_the_run()
    {
        var results = Run(Scale(ingest: Ingest(0.9, null) with { Bulk = Bulk(5, "1 node(s) only the pipeline wrote") }));

        Assert.Contains("the pipeline's and the bulk load's graphs differ: 1 node(s) only the pipeline wrote", Assert.Single(Verdicts.RunFailures(results)));
        Assert.False(Target(results, "the pipeline one by one and the bulk load write the same graph").Holds);
        Assert.Contains("**NO** (40 docs) |", MarkdownReport.Write(results));
    }

    [Theory]
    [InlineData(0.799, false)]
    [InlineData(0.8, true)]
    public void Bulk_ingest_holds_at_0_8_of_the_hand_written_large_batch_writer(double ratio, bool holds)
    {
        var large = new LargeBatchReport(100, new IngestPathReport(700, 49_000, 5, 140, 9800, 9800, 6, 1, 0.01, 6, 0.01), ratio, ratio,
            new GraphCheck(40, 800, 2000, 800, 2000, null), 4321);
        var results = Run(Scale(ingest: Ingest(0.9, null) with { Bulk = Bulk(2.5, null), LargeBatch = large }));

        var target = Target(results, "bulk ingest ≥ 0.8× the hand-written large-batch writer, 1,000 docs");
        Assert.Equal(holds, target.Holds);
        Assert.Contains("up to 4,321 rows per UNWIND", target.Measured);
        Assert.Empty(Verdicts.RunFailures(results));
        Assert.Contains("### Bulk load vs the hand-written large-batch writer", MarkdownReport.Write(results));
    }

    [Fact]
    public void A_large_batch_writer_writing_another_graph_fails_the_run()
    {
        var large = new LargeBatchReport(100, new IngestPathReport(700, 49_000, 5, 140, 9800, 9800, 6, 1, 0.01, 6, 0.01), 0.5, 0.5,
            new GraphCheck(40, 800, 2000, 800, 1999, "1 relationship(s) only the pipeline wrote"), 4321);
        var results = Run(Scale(ingest: Ingest(0.9, null) with { Bulk = Bulk(2.5, null), LargeBatch = large }));

        Assert.Contains("the pipeline's and the large-batch writer's graphs differ", Assert.Single(Verdicts.RunFailures(results)));
    }

    private static BulkIngestReport Bulk(double ratio, string? difference) =>
        new(100, new IngestPathReport(700, 49_000, 10, 70, 4900, 4900, 12, 2, 2.01, 0.5, 0.01), ratio, ratio, new GraphCheck(40, 800, 2000, 800, 2000, difference));

    private static Verdict Target(BenchResults results, string prefix) =>
        Assert.Single(Verdicts.Of(results), v => v.Target.Contains(prefix, StringComparison.Ordinal));

    private static BenchResults Run(ScaleResult scale) =>
        new("2026-11-29", "bench/run --scales 1000", new MachineInfo(2, "cpu", 23.5, "3.1.1 community", ".NET", "Linux", "1 GiB", "512m"), 1, [scale], "abc1234");

    private static ScaleResult Scale(List<LatencyReport>? latency = null, IngestReport? ingest = null) =>
        new(1000, 50_000, 14_000, 45_000, ingest, latency is null ? null : new QueryTargets("hub", 5000, "leader", new SearchTexts("q", "Qa Qb", "Mr. Qb", "qc", new KindSearch("q", "Country")), "a", "b", "2020", "2021", null, "2020"),
            latency ?? [], [], 100, 120, 1, 1);

    private static LatencyReport Request(string name) =>
        new LatencyReport(name, name, 40, 10, 12, 9, 11, 9, 11, 1, true, null) { AnswersCompared = 40 };

    private static IngestReport Ingest(double ratio, string? difference)
    {
        var path = new IngestPathReport(500, 35_000, 30, 16.7, 1100, 1100, 50, 5, 2);
        return new IngestReport(1000, 70_000, 20, 1000, path, path, path, ratio, ratio, 400, new GraphCheck(40, 800, 2000, 800, 2000, difference));
    }
}
