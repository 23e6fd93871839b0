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
    public double CaseBudgetSeconds { get; private set; } = 60;
    public List<int> Concurrency { get; private set; } = [1, 4, 16];
    public double ThroughputSeconds { get; private set; } = 10;
    public string OutputDirectory { get; private set; } = "bench/results";
    public string ApiDll { get; private set; } = "src/Timeline.Api/bin/Release/net10.0/Timeline.Api.dll";
    public int ApiPort { get; private set; } = 5094;
    public string? GenerateDirectory { get; private set; }
    public bool IngestOnly { get; private set; }
    public bool SkipIngest { get; private set; }
    public string? DumpStatements { get; private set; }
    /// <summary>Chunks compared with the hand-written writer: every chunk up to this many documents, then evenly spread.</summary>
    public int CompareDocuments { get; private set; } = 1000;
    public double QueryCapSeconds { get; private set; } = 20;
    public string? ApiCpuProbe { get; private set; }
    public string[]? ClientCpuProbe { get; private set; }
    /// <summary>Environment of the API process. The nested-relations request is 11 fields deep; the API's default limit is 8.</summary>
    public Dictionary<string, string> ApiSettings { get; } = new() { ["GraphQL__Limits__MaxDepth"] = "12" };
    public string Command { get; private set; } = "";
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
                case "--case-budget": o.CaseBudgetSeconds = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--concurrency": o.Concurrency = Ints(); break;
                case "--throughput-seconds": o.ThroughputSeconds = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--out": o.OutputDirectory = Value(); break;
                case "--api-dll": o.ApiDll = Value(); break;
                case "--api-port": o.ApiPort = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--generate": o.GenerateDirectory = Value(); break;
                case "--ingest-only": o.IngestOnly = true; break;
                case "--skip-ingest": o.SkipIngest = true; break;
                case "--dump-statements": o.DumpStatements = Value(); break;
                case "--api-setting":
                    var pair = Value().Split('=', 2);
                    o.ApiSettings[pair[0]] = pair[1];
                    break;
                case "--api-cpu-probe": o.ApiCpuProbe = Value(); break;
                case "--client-cpu-probe": o.ClientCpuProbe = [Value(), Value()]; break;
                case "--query-cap": o.QueryCapSeconds = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--compare-docs": o.CompareDocuments = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--draft": o.DraftCorpus = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "data/drafting/corpus"; break;
                default: throw new ArgumentException($"Unknown option {args[i]}; see bench/README.md.");
            }
        }
        return o;
    }
}
