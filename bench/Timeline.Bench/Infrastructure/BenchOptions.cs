using System.Globalization;

namespace Timeline.Bench.Infrastructure;

/// <summary>Command-line options (see bench/README.md).</summary>
internal sealed class BenchOptions
{
    public List<int> Scales { get; private set; } = [200, 1000, 5000];
    public ulong Seed { get; private set; } = 20260109;
    public int ChunkSize { get; private set; } = 20;
    public int Iterations { get; private set; } = 60;
    public int Warmup { get; private set; } = 10;
    /// <summary><c>--api-warmup ROUNDS</c>: rounds of every request sent to a fresh API process before any is measured
    /// (Queries/ApiWarmup.cs; 0: none), within <see cref="ApiWarmupSeconds"/>.</summary>
    public int ApiWarmupRounds { get; private set; } = 30;
    public double ApiWarmupSeconds { get; private set; } = 60;
    public double CaseBudgetSeconds { get; private set; } = 60;
    public List<int> Concurrency { get; private set; } = [1, 4, 16];
    public double ThroughputSeconds { get; private set; } = 10;
    public string OutputDirectory { get; private set; } = "bench/results";
    public string ApiDll { get; private set; } = "src/Timeline.Api/bin/Release/net10.0/Timeline.Api.dll";
    public int ApiPort { get; private set; } = 5094;
    public string? GenerateDirectory { get; private set; }

    /// <summary>A run's JSON whose markdown to write again, the verdicts computed by this build (no measurement).</summary>
    public string? Render { get; private set; }
    public bool IngestOnly { get; private set; }
    public bool SkipIngest { get; private set; }
    public string? DumpStatements { get; private set; }
    /// <summary><c>--profile-ingest FILE</c>: where a bulk batch's server time goes (Ingest/IngestProfile.cs), into FILE.</summary>
    public string? ProfileIngest { get; private set; }
    /// <summary>The corpus's last documents (up to this many, in whole rounds of two chunks), written alternately by the pipeline
    /// and the hand-written writer into the same graph: the ingest ratio's documents.</summary>
    public int CompareDocuments { get; private set; } = 1000;
    /// <summary>Documents written both ways into prefixed copies, compared node for node before the timed ingest.</summary>
    public int SameGraphDocuments { get; private set; } = 40;
    /// <summary><c>--bulk-batch N</c>: each compared round also loads N documents in one bulk batch (0: no bulk comparison).</summary>
    public int BulkBatch { get; private set; } = 100;
    /// <summary><c>--large-batch N</c>: with the bulk load, each round also gives N documents to the hand-written large-batch
    /// writer (0: not measured).</summary>
    public int LargeBatch { get; private set; } = 100;
    /// <summary><c>--ingest-warmup N</c>: before the first scale's ingest, the whole ingest comparison runs once, untimed, on N
    /// documents of another seed, and the database is emptied again (0: none) — a freshly started server runs the writers
    /// several times slower for its first minutes (Ingest/IngestWarmup.cs).</summary>
    public int IngestWarmup { get; private set; } = Ingest.IngestWarmup.DefaultDocuments;
    /// <summary><c>--load-batch N</c>: documents per transaction of the corpus load before the compared rounds (bulk).</summary>
    public int LoadBatch { get; private set; } = Ingest.CorpusLoader.DefaultBatchSize;
    /// <summary>Samples per request the time budget cannot cut short (the n ≥ 30 target).</summary>
    public int MinSamples { get; private set; } = 30;
    /// <summary><c>--break-answer NAME</c>, a test of the bench itself: the hand-written answer of request NAME has its first
    /// two rows swapped (its only row removed) before the GraphQL answers are compared with it, so the run must fail.</summary>
    public string? BreakAnswer { get; private set; }
    /// <summary><c>--break-graph</c>, a test of the bench itself: the hand-written copy of the same-graph sample is written
    /// with one entity's description altered, so the run must fail.</summary>
    public bool BreakGraph { get; private set; }
    public double QueryCapSeconds { get; private set; } = 20;
    public string? ApiCpuProbe { get; private set; }
    public string[]? ClientCpuProbe { get; private set; }
    /// <summary>Environment of the API process. The nested-relations request is 11 fields deep; the API's default limit is 8.</summary>
    public Dictionary<string, string> ApiSettings { get; } = new() { ["GraphQL__Limits__MaxDepth"] = "12" };
    public string Command { get; private set; } = "";
    /// <summary><c>--pair-only</c>: only the side-by-side O(page) comparison (Queries/ScalePairBenchmark.cs), the bench
    /// instance already holding the largest scale's graph (a run's, kept): no ingest, no per-scale reads.</summary>
    public bool PairOnly { get; private set; }
    /// <summary><c>--pair-warmup ROUNDS</c>: untimed rounds of every O(page) request on both graphs before the side-by-side
    /// comparison measures (a freshly started Neo4j is slow for its first few thousand requests).</summary>
    public int PairWarmupRounds { get; private set; } = 400;
    /// <summary><c>--draft [corpus]</c>: the drafting benchmark (Drafting/DraftBenchmark.cs) instead of the others.</summary>
    public string? DraftCorpus { get; private set; }

    public static BenchOptions Parse(string[] args)
    {
        var shown = args.Where((a, i) => a is not ("--out" or "--api-dll") && (i == 0 || args[i - 1] is not ("--out" or "--api-dll")));
        var o = new BenchOptions { Command = "bench/run " + string.Join(' ', shown) };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            List<int> Ints() => Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture)).ToList();
            switch (args[i])
            {
                case "--scales": o.Scales = Ints(); break;
                case "--seed": o.Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--chunk": o.ChunkSize = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--iterations": o.Iterations = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--warmup": o.Warmup = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--api-warmup": o.ApiWarmupRounds = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--case-budget": o.CaseBudgetSeconds = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--concurrency": o.Concurrency = Ints(); break;
                case "--throughput-seconds": o.ThroughputSeconds = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--out": o.OutputDirectory = Value(); break;
                case "--api-dll": o.ApiDll = Value(); break;
                case "--api-port": o.ApiPort = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--generate": o.GenerateDirectory = Value(); break;
                case "--render": o.Render = Value(); break;
                case "--ingest-only": o.IngestOnly = true; break;
                case "--bulk-batch": o.BulkBatch = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--load-batch": o.LoadBatch = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--ingest-warmup": o.IngestWarmup = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--large-batch": o.LargeBatch = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--skip-ingest": o.SkipIngest = true; break;
                case "--pair-only": o.PairOnly = o.SkipIngest = true; break;
                case "--pair-warmup": o.PairWarmupRounds = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--dump-statements": o.DumpStatements = Value(); break;
                case "--profile-ingest": o.ProfileIngest = Value(); break;
                case "--api-setting":
                    var pair = Value().Split('=', 2);
                    o.ApiSettings[pair[0]] = pair[1];
                    break;
                case "--api-cpu-probe": o.ApiCpuProbe = Value(); break;
                case "--client-cpu-probe": o.ClientCpuProbe = [Value(), Value()]; break;
                case "--query-cap": o.QueryCapSeconds = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--compare-docs": o.CompareDocuments = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--same-graph-docs": o.SameGraphDocuments = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--min-samples": o.MinSamples = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--break-answer": o.BreakAnswer = Value(); break;
                case "--break-graph": o.BreakGraph = true; break;
                case "--draft": o.DraftCorpus = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "data/drafting/corpus"; break;
                default: throw new ArgumentException($"Unknown option {args[i]}; see bench/README.md.");
            }
        }
        return o;
    }
}
