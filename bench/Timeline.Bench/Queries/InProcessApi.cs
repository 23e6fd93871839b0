using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>The API hosted in this process (profiling aids only), configured as the measured API process is
/// (<see cref="ApiProcess"/>), its Neo4j client sending through <paramref name="handler"/>.</summary>
internal static class InProcessApi
{
    /// <summary>The benchmark measures queries, not authentication or throttling: anonymous readers, no rate limit.
    /// Settings given to the bench may override both.</summary>
    public static readonly IReadOnlyDictionary<string, string> BenchDefaults = new Dictionary<string, string>
    {
        ["Timeline__Auth__AllowAnonymous"] = "true",
        ["Timeline__RateLimit__Enabled"] = "false",
    };

    public static WebApplicationFactory<global::Program> Create(HttpMessageHandler handler, IReadOnlyDictionary<string, string> settings)
    {
        var neo4j = Infrastructure.Neo4jEnvironment.Options();
        return new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseContentRoot(Path.GetFullPath("src/Timeline.Api"));
            builder.ConfigureLogging(logging => logging.ClearProviders());
            foreach (var (k, v) in BenchDefaults.Concat(settings))
                builder.UseSetting(k.Replace("__", ":", StringComparison.Ordinal), v);
            builder.ConfigureServices(services => services.AddSingleton(_ => new Neo4jClient(neo4j, handler)));
        });
    }
}
