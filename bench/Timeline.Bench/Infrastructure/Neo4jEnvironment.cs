using Timeline.Neo4j;

namespace Timeline.Bench.Infrastructure;

/// <summary>Neo4j settings from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (bench/run sets them from the bench instance).</summary>
internal static class Neo4jEnvironment
{
    public static Neo4jOptions Options() => new()
    {
        Uri = new Uri(Environment.GetEnvironmentVariable("NEO4J_URI") ?? throw new InvalidOperationException("NEO4J_URI is not set; run through bench/run.")),
        User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
        Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
        RequestTimeout = TimeSpan.FromMinutes(5),
    };
}
