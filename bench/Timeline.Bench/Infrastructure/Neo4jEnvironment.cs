using Timeline.Neo4j;

namespace Timeline.Bench.Infrastructure;

/// <summary>Neo4j settings from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (bench/run sets them from the bench instance).
/// The side-by-side instance (<see cref="Queries.ScalePairBenchmark"/>) is read from the same names prefixed with
/// <see cref="PairPrefix"/>.</summary>
internal static class Neo4jEnvironment
{
    /// <summary>Prefixes the side-by-side instance's settings (bench/run exports them when it starts that instance).</summary>
    public const string PairPrefix = "TIMELINE_BENCH_PAIR_";

    public static Neo4jOptions Options() => OptionsOf("") ?? throw new InvalidOperationException("NEO4J_URI is not set; run through bench/run.");

    /// <summary>The side-by-side instance, or null when bench/run started none.</summary>
    public static Neo4jOptions? PairOptions() => OptionsOf(PairPrefix);

    /// <summary>The API process's environment for the Neo4j of <paramref name="options"/>.</summary>
    public static Dictionary<string, string> ApiEnvironment(Neo4jOptions options) => new()
    {
        ["NEO4J_URI"] = options.Uri.ToString().TrimEnd('/'), ["NEO4J_USER"] = options.User, ["NEO4J_PASSWORD"] = options.Password,
    };

    private static Neo4jOptions? OptionsOf(string prefix) =>
        Environment.GetEnvironmentVariable(prefix + "NEO4J_URI") is { Length: > 0 } uri
            ? new()
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable(prefix + "NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable(prefix + "NEO4J_PASSWORD") ?? "",
                RequestTimeout = TimeSpan.FromMinutes(5),
            }
            : null;
}
