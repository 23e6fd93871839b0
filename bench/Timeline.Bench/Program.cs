using System.Text.Json;
using Timeline.Bench.Corpus;
using Timeline.Bench.Infrastructure;
using Timeline.Bench.Ingest;
using Timeline.Bench.Queries;
using Timeline.Bench.Reporting;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Bench;

/// <summary>Runs the benchmarks (bench/README.md): for each corpus size, ingest (pipeline vs hand-written), then query
/// latency (GraphQL vs hand-written Cypher) and throughput against the API as a separate process. Exits non-zero, after
/// writing the results, when an answer was wrong (<see cref="Verdicts.RunFailures"/>).</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        static void Log(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

        if (options.GenerateDirectory is { } dir)
        {
            Directory.CreateDirectory(dir);
            var i = 0;
            foreach (var doc in new CorpusGenerator(options.Seed, options.Scales.Max(), OntologyModel.Default).Generate())
                await File.WriteAllBytesAsync(Path.Combine(dir, $"doc-{i++:D6}.json"), DocumentJson.Write(doc));
            Log($"wrote {i} documents to {dir}");
            return 0;
        }

        if (options.Render is { } runJson)
        {
            // The same numbers, the verdicts of this build: a target added after a run is computed for it, never typed.
            var run = JsonSerializer.Deserialize<BenchResults>(await File.ReadAllTextAsync(runJson), JsonOptions)
                ?? throw new InvalidOperationException($"{runJson} holds no run.");
            var md = Path.ChangeExtension(runJson, ".md");
            await File.WriteAllTextAsync(md, MarkdownReport.Write(run));
            Log($"wrote {md}");
            return Verdicts.RunFailures(run).Count == 0 ? 0 : 1;
        }

        var timing = new RequestTimingHandler();
        var neo4j = Neo4jEnvironment.Options();
        await using var client = new Neo4jClient(neo4j, timing);
        if (options.DumpStatements is { } dumpFile)
        {
            await StatementDump.WriteAsync(client, options.Seed, options.Scales.Max(), dumpFile);
            return 0;
        }

        if (options.ProfileIngest is { } profileFile)
        {
            await IngestProfile.RunAsync(new BenchDatabase(client), timing, options.Seed, options.Scales.Max(), options.BulkBatch, 2, profileFile, Log);
            return 0;
        }

        if (options.DraftCorpus is { } draftCorpus)
        {
            await Drafting.DraftBenchmark.RunAsync(client, timing, draftCorpus, "data/seed/article-2026-01-09-caracas.txt",
                "data/seed/article-2026-01-09-caracas.json", options.Iterations, options.OutputDirectory, Log);
            return 0;
        }

        if (options.ApiCpuProbe is { } probeFile)
        {
            await ApiCpuProbe.RunAsync(probeFile, options.Iterations, options.ApiSettings);
            return 0;
        }

        if (options.ClientCpuProbe is { } clientProbe)
        {
            await ClientCpuProbe.RunAsync(client, clientProbe[0], clientProbe[1], options.Iterations);
            return 0;
        }

        var db = new BenchDatabase(client);
        var server = await client.GetServerInfoAsync();
        var date = DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var machine = MachineInfo.Read($"{server.Version} {server.Edition}", await ServerMemory.ReadAsync(client));
        var warmup = options.SkipIngest ? 0 : options.IngestWarmup;
        var results = new BenchResults(date, options.Command, machine, options.Seed, [], GitCommit.Describe(), warmup);
        Log($"Neo4j {machine.Neo4j}: heap {machine.Neo4jHeap}, page cache {machine.Neo4jPageCache} (read from the server)");
        Directory.CreateDirectory(Path.Combine(options.OutputDirectory, "logs"));
        var stem = ResultsStem(options.OutputDirectory, date);

        if (options.PairOnly && Neo4jEnvironment.PairOptions() is null)
            throw new InvalidOperationException("--pair-only needs the side-by-side instance: run it through bench/run, without --no-pair.");
        if (warmup > 0)
            await new IngestWarmup(db, timing, Log).RunAsync(options, warmup);

        foreach (var scale in options.Scales.Where(_ => !options.PairOnly))
        {
            var loadBefore = MachineInfo.LoadAverage();
            Log($"scale {scale}: generating the corpus");
            var generator = new CorpusGenerator(options.Seed, scale, OntologyModel.Default);
            var corpus = generator.Generate().ToList();
            IngestReport? ingest = null;
            if (!options.SkipIngest)
            {
                Log($"scale {scale}: {corpus.Sum(d => d.FactCount):N0} facts; emptying the database");
                await db.ResetAsync();
                ingest = await new IngestBenchmark(db, timing, Log).RunAsync(corpus, options.ChunkSize, options.CompareDocuments,
                    options.SameGraphDocuments, options.BulkBatch, options.LargeBatch, options.LoadBatch, options.BreakGraph);
                Log($"scale {scale}: ingest pipeline {ingest.Pipeline.FactsPerSecond:F0} facts/s, hand-written {ingest.HandWritten.FactsPerSecond:F0} facts/s, " +
                    $"ratio {ingest.Ratio:F3} (median round {ingest.MedianChunkRatio:F2}), same graph: {(ingest.SameGraph.Same ? "yes" : "NO")}" +
                    (ingest.Bulk is { } bulk ? $"; bulk {bulk.Bulk.FactsPerSecond:F0} facts/s = {bulk.Ratio:F2}× the pipeline, same graph: {(bulk.SameGraph.Same ? "yes" : "NO")}" : "") +
                    (ingest.LargeBatch is { } large ? $"; large batch {large.Path.FactsPerSecond:F0} facts/s, bulk = {large.BulkRatio:F2}× it, same graph: {(large.SameGraph.Same ? "yes" : "NO")}" : ""));
            }
            if (options.IngestOnly)
            {
                results.Scales.Add(new ScaleResult(scale, corpus.Sum(d => (long)d.FactCount), 0, 0, ingest, null, [], [], double.NaN, double.NaN, loadBefore, MachineInfo.LoadAverage()));
                await WriteAsync(results, options.OutputDirectory, stem);
                continue;
            }
            var (nodes, relationships) = await db.CountAsync();

            Log($"scale {scale}: starting the API process");
            await using var apiProcess = await ApiProcess.StartAsync(options.ApiDll, options.ApiPort,
                Path.Combine(options.OutputDirectory, "logs", $"api-{scale}.log"), neo4j, options.ApiSettings);
            using var api = new GraphQLClient(apiProcess.Endpoint);
            var targets = await QuerySetup.ChooseAsync(client, api, generator, corpus);
            var cases = QueryCatalog.Build(targets);
            Log($"scale {scale}: hub {targets.Hub} ({targets.HubDegree} timeline edges); recording the translator's Cypher");
            var translated = await ApiCypherCapture.CaptureAsync(cases, options.ApiSettings);
            await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "logs", $"api-cypher-{scale}.json"),
                JsonSerializer.Serialize(translated.ToDictionary(kv => kv.Key, kv => new { text = kv.Value.Text, parameters = kv.Value.Parameters }),
                    new JsonSerializerOptions { WriteIndented = true }));

            var (warmed, warmSeconds) = await ApiWarmup.RunAsync(api, cases, options.ApiWarmupRounds, options.ApiWarmupSeconds);
            Log($"scale {scale}: API warmed with {warmed} requests in {warmSeconds:F1} s");
            Log($"scale {scale}: latency");
            var latency = await new LatencyBenchmark(client, api, Log,
                name => Path.Combine(options.OutputDirectory, "logs", $"wrong-answer-{scale}-{name}.json"), options.BreakAnswer).RunAsync(cases, translated, options.Warmup, options.Iterations,
                options.MinSamples, options.CaseBudgetSeconds, TimeSpan.FromSeconds(options.QueryCapSeconds));
            // The throughput mix: the interactive reads (QueryCase.InThroughputMix), but any that did not run or took over a
            // second (one of them would be the whole mix).
            var mix = cases.Where(c => c.InThroughputMix && latency.First(l => l.Name == c.Name) is { Samples: > 0 } l && l.GraphQLP50 <= 1000).ToList();
            var excluded = cases.Except(mix).Select(c => c.Name).ToList();
            var rssAfterLatency = apiProcess.Rss().Current;
            var throughput = new List<ThroughputReport>();
            foreach (var clients in options.Concurrency)
            {
                var t = await ThroughputBenchmark.RunAsync(api, mix, clients, options.ThroughputSeconds) with { Excluded = excluded };
                Log($"scale {scale}: {clients,2} clients: {t.RequestsPerSecond:F1} req/s, p50 {t.P50:F1} ms, p99 {t.P99:F1} ms, errors {t.Errors}{(t.FirstError is null ? "" : " (" + t.FirstError + ")")}");
                throughput.Add(t);
            }
            var peak = apiProcess.Rss().Peak;
            results.Scales.Add(new ScaleResult(scale, corpus.Sum(d => (long)d.FactCount), nodes, relationships, ingest, targets, latency, throughput,
                rssAfterLatency, peak, loadBefore, MachineInfo.LoadAverage()));
            await WriteAsync(results, options.OutputDirectory, stem);
        }
        // The O(page) ratios, the smallest scale's graph and the largest's read side by side (bench/README item 33).
        if (Neo4jEnvironment.PairOptions() is { } pair && options.Scales.Distinct().Count() >= 2 && !options.IngestOnly)
            results = results with { Pair = await ScalePairSetup.RunAsync(options, client, neo4j, pair, results.Scales, Log) };
        await WriteAsync(results, options.OutputDirectory, stem);
        var failures = Verdicts.RunFailures(results);
        foreach (var failure in failures)
            Console.Error.WriteLine($"FAILED: {failure}");
        return failures.Count == 0 ? 0 : 1;
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    // The run's results file name: the date, or the date and a number when that day's results are there already (a run
    // never overwrites another's, which may be committed).
    private static string ResultsStem(string directory, string date) =>
        Enumerable.Range(1, int.MaxValue - 1).Select(n => n == 1 ? date : $"{date}-{n}")
            .First(stem => !File.Exists(Path.Combine(directory, stem + ".json")) && !File.Exists(Path.Combine(directory, stem + ".md")));

    private static async Task WriteAsync(BenchResults results, string directory, string stem)
    {
        var json = Path.Combine(directory, $"{stem}.json");
        var md = Path.Combine(directory, $"{stem}.md");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(results, JsonOptions));
        await File.WriteAllTextAsync(md, MarkdownReport.Write(results));
        Console.Error.WriteLine($"results: {json}, {md}");
    }
}
