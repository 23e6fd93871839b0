using System.Diagnostics;
using System.Text.Json;
using Timeline.Bench.Reporting;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>Per request: first a capped probe of the translator's Cypher and of the hand-written Cypher (a query over the cap
/// is terminated, and the GraphQL request is then not sent: its answer would take longer still and its query could not be
/// stopped); then warm-up, then iterations in which the GraphQL request, the translator's Cypher and the hand-written Cypher
/// run one after the other (rotating which goes first), until the iteration count or the case's time budget is used (the
/// budget never stops a case before <c>minSamples</c>). Every GraphQL answer is checked (HTTP 200, no errors), its Cypher
/// round trips recorded, and compared with the hand-written answer (<see cref="QueryCase.Agree"/>): one that differs is a
/// wrong answer, counted in the report, and fails the run.
/// The floor (<see cref="Verdicts.FloorRequest"/>, the cost of the extra hop that every "past the hop" ratio subtracts) is
/// also measured beside every other request: each iteration runs the floor's two requests among its own, and the floor's
/// row is computed from all its samples at the end. Measured only once, in the second or so before the first request, it
/// took whatever the machine was doing then (2.3 ms at 1k in the run of <c>c7b08ab</c>, 0.5 ms at 10k).</summary>
/// <param name="wrongAnswerFile">Where the first differing answer of a request is kept, both sides (given the request's
/// name), for whoever reads the failure.</param>
internal sealed class LatencyBenchmark(Neo4jClient client, GraphQLClient api, Action<string> log, Func<string, string>? wrongAnswerFile = null,
    string? breakAnswer = null)
{
    public async Task<List<LatencyReport>> RunAsync(IReadOnlyList<QueryCase> cases, IReadOnlyDictionary<string, Statement> apiCypher,
        int warmup, int iterations, int minSamples, double budgetSeconds, TimeSpan cap)
    {
        var reports = new List<LatencyReport>();
        var floor = cases.FirstOrDefault(c => c.Name == Verdicts.FloorRequest);
        var floorBody = floor is null ? null : GraphQLClient.Body(floor.GraphQL, floor.Variables);
        var floorGraphQL = new List<double>();
        var floorCypher = new List<double>();
        (int Index, Func<LatencyReport> Build)? floorReport = null;
        foreach (var c in cases)
        {
            var translated = apiCypher.GetValueOrDefault(c.Name);
            var probeHand = await GuardedQuery.RunAsync(client, c.Cypher, c.CypherParameters, cap);
            var probeApi = translated is null ? (0, null) : await GuardedQuery.RunAsync(client, translated.Text, translated.Parameters, cap);
            log($"  {c.Name}: probe hand-written {Describe(probeHand)}" + (translated is null ? "" : $", translator's Cypher {Describe(probeApi)}"));
            if (probeHand.Result is null)
            {
                reports.Add(new LatencyReport(c.Name, c.Description, 0, double.NaN, double.NaN, double.NaN, double.NaN,
                    double.PositiveInfinity, double.NaN, 0, false, $"the hand-written Cypher is over the {cap.TotalSeconds:F0} s cap"));
                continue;
            }
            var graphQLRuns = translated is null || probeApi.Result is not null; // no statement: a request without data fields
            // What the GraphQL answers are compared with: the hand-written answer, or every right answer where there are several.
            var expected = c.Reference is null ? probeHand.Result
                : (await GuardedQuery.RunAsync(client, c.Reference.Text, c.Reference.Parameters, cap)).Result;
            if (c.Name == breakAnswer && expected is not null)
                expected = Broken(expected);

            var body = GraphQLClient.Body(c.GraphQL, c.Variables);
            var isFloor = ReferenceEquals(c, floor);
            var g = isFloor ? floorGraphQL : new List<double>();
            var a = new List<double>();
            var h = isFloor ? floorCypher : new List<double>();
            var roundTrips = 0;
            var compared = 0;
            var differing = 0;
            string? note = null;
            string? firstDifference = null;
            if (!graphQLRuns)
                note = $"the translator's Cypher was stopped at the {cap.TotalSeconds:F0} s cap, so the GraphQL request was not sent";
            else if (expected is null)
                note = $"the hand-written reference answer is over the {cap.TotalSeconds:F0} s cap: answers not compared";

            void Compare(JsonElement data)
            {
                if (expected is null)
                    return;
                compared++;
                if (c.Agree(data, expected))
                    return;
                if (differing++ == 0 && wrongAnswerFile is not null)
                {
                    var file = wrongAnswerFile(c.Name);
                    File.WriteAllText(file, JsonSerializer.Serialize(new
                    {
                        graphql = data,
                        handWritten = expected.Records.Select(r => r.Keys.Zip(r.Values).ToDictionary(kv => kv.First, kv => kv.Second)),
                    }, new JsonSerializerOptions { WriteIndented = true }));
                    firstDifference = $"both answers in {file}";
                }
            }

            async Task GraphQL(bool record)
            {
                var answer = c.ApiGetPath is { } path ? await api.GetAsync(path) : await api.PostAsync(body);
                var trips = 0;
                if (!(c.SendsGraphQL ? answer.Check(out trips, out var data, out var problem) : answer.CheckPlain(out data, out problem)))
                    throw new InvalidOperationException($"{c.Name}: the API answered with an error: {problem}");
                roundTrips = Math.Max(roundTrips, trips);
                Compare(data);
                if (record)
                    g.Add(answer.Milliseconds);
            }

            async Task Timed(string text, IReadOnlyDictionary<string, object?>? parameters, List<double> into, bool record)
            {
                var start = Stopwatch.GetTimestamp();
                await client.RunAsync(text, parameters);
                if (record)
                    into.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            if (graphQLRuns)
                await GraphQL(record: false); // the first answer is compared even when no warm-up is asked for
            var steps = new List<Func<bool, Task>> { record => Timed(c.Cypher, c.CypherParameters, h, record) };
            if (graphQLRuns)
                steps.Add(GraphQL);
            if (graphQLRuns && translated is not null)
                steps.Add(record => Timed(translated.Text, translated.Parameters, a, record));
            if (floor is not null && !isFloor)
            {
                steps.Add(record => Timed(floor.Cypher, floor.CypherParameters, floorCypher, record));
                steps.Add(record => FloorGraphQL(floorBody!, floorGraphQL, record));
            }

            var slow = Math.Max(probeApi.Milliseconds, probeHand.Milliseconds) > 1000;
            var floorFrom = floorGraphQL.Count; // this request's iterations' floor samples, for the hop's bound
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < warmup + iterations; i++)
            {
                var record = i >= warmup;
                if (!record && (slow ? i >= 1 : clock.Elapsed.TotalSeconds > budgetSeconds / 4))
                    continue; // a slow request needs little warming
                if (record && h.Count >= Math.Max(3, minSamples) && clock.Elapsed.TotalSeconds > budgetSeconds)
                    break;
                for (var s = 0; s < steps.Count; s++)
                    await steps[(s + i) % steps.Count](record);
            }

            LatencyReport Report()
            {
                var report = new LatencyReport(c.Name, c.Description, g.Count,
                    Stats.Median(g), Stats.Percentile(g, 95), Stats.Median(a), Stats.Percentile(a, 95), Stats.Median(h), Stats.Percentile(h, 95),
                    roundTrips, compared > 0 && differing == 0, differing > 0 ? $"{differing} of {compared} GraphQL answers differ from the hand-written one{(firstDifference is null ? "" : $" ({firstDifference})")}" : note)
                {
                    ExpectedRoundTrips = c.ExpectedRoundTrips, AnswersCompared = compared, AnswersDiffering = differing,
                };
                if (!graphQLRuns)
                    report = report with { ApiCypherP50 = double.PositiveInfinity };
                else if (!isFloor && floor is not null)
                    report = report with { HopBoundP95 = Stats.Percentile(h.Zip(floorGraphQL.Skip(floorFrom), (hand, hop) => hand + hop).ToList(), 95) };
                log($"  {c.Name,-26} GraphQL p50 {report.GraphQLP50,8:F1} ms | translator's Cypher {report.ApiCypherP50,8:F1} | hand-written {report.CypherP50,8:F1} | ratio {report.RatioP50:F2} | n={g.Count} round trips={roundTrips} same answer={(report.Agree ? "yes" : report.WrongAnswer ? "NO" : "not compared")} ({compared} compared)");
                return report;
            }

            if (isFloor)
            {
                // Its row is written once every other request has added its samples.
                floorReport = (reports.Count, Report);
                reports.Add(null!);
            }
            else
                reports.Add(Report());
        }
        if (floorReport is { } pending)
        {
            log($"  {Verdicts.FloorRequest}: {floorGraphQL.Count} samples, taken beside every request");
            reports[pending.Index] = pending.Build();
        }
        return reports;
    }

    /// <summary>The floor's GraphQL request, run beside another request's: checked (HTTP 200, no errors) and timed.</summary>
    private async Task FloorGraphQL(byte[] body, List<double> into, bool record)
    {
        var answer = await api.PostAsync(body);
        if (!answer.Check(out _, out _, out var problem))
            throw new InvalidOperationException($"{Verdicts.FloorRequest}: the API answered with an error: {problem}");
        if (record)
            into.Add(answer.Milliseconds);
    }

    /// <summary><c>--break-answer</c>, the bench's own test: the first two rows swapped (the only row removed).</summary>
    private static QueryResult Broken(QueryResult answer)
    {
        var rows = answer.Records.ToList();
        if (rows.Count >= 2)
            (rows[0], rows[1]) = (rows[1], rows[0]);
        else
            rows.Clear();
        return new QueryResult(answer.Keys, rows, answer.Counters);
    }

    private static string Describe((double Milliseconds, QueryResult? Result) probe) =>
        probe.Result is null ? $"stopped at {probe.Milliseconds / 1000:F0} s" : $"{probe.Milliseconds:F0} ms";
}
