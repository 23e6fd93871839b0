using Timeline.Neo4j;

namespace Timeline.Bench.Infrastructure;

/// <summary>Neo4j settings from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (bench/run sets them from the bench instance).
/// The side-by-side instance (<see cref="Queries.ScalePairBenchmark"/>) is read from the same names prefixed with
/// <see cref="PairPrefix"/>.</summary>
internal static class Neo4jEnvironment
{
    /// <summary>Prefixes the side-by-side instance's settings (bench/run exports them when it starts that instance).</summary>
    public const string PairPrefix = "TIMELINE_BENCH_PAIR_";

    private const string UriVariable = "NEO4J_URI", UserVariable = "NEO4J_USER", PasswordVariable = "NEO4J_PASSWORD";

    public static Neo4jOptions Options() => OptionsOf("") ?? throw new InvalidOperationException($"{UriVariable} is not set; run through bench/run.");

    /// <summary>The side-by-side instance, or null when bench/run started none.</summary>
    public static Neo4jOptions? PairOptions() => OptionsOf(PairPrefix);

    /// <summary>The API process's environment for the Neo4j of <paramref name="options"/>.</summary>
    public static Dictionary<string, string> ApiEnvironment(Neo4jOptions options) => new()
    {
        [UriVariable] = options.Uri.ToString().TrimEnd('/'), [UserVariable] = options.User, [PasswordVariable] = options.Password,
    };

    private static Neo4jOptions? OptionsOf(string prefix) =>
        Environment.GetEnvironmentVariable(prefix + UriVariable) is { Length: > 0 } uri
            ? new()
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable(prefix + UserVariable) ?? "neo4j",
                Password = Environment.GetEnvironmentVariable(prefix + PasswordVariable) ?? "",
                RequestTimeout = TimeSpan.FromMinutes(5),
            }
            : null;
}
