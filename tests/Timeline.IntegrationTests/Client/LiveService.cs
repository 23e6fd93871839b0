using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Client;

/// <summary>The real API on Kestrel with a real socket on a free loopback port, against the shared test Neo4j with the
/// seed document ingested — what notebooks, the .NET client and HTTP downloads talk to. Every Cypher text the service
/// sends is recorded for the Cypher 5 check (<see cref="ProjectCypher"/>). One service is started per test process and
/// shared by every class using this fixture (the seed is ingested once; it stops when the process ends).</summary>
public sealed class LiveService : IAsyncLifetime
{
    private static readonly Lazy<Task<(Uri BaseAddress, Neo4jTestServer Server, string ApiKey)>> Shared = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A writer API key issued for the service (deleted when the test process ends): clients, notebooks and
    /// downloads authenticate as real callers do.</summary>
    public string ApiKey { get; private set; } = null!;

    /// <summary>The service's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The GraphQL endpoint.</summary>
    public Uri GraphQLEndpoint => new(BaseAddress, "/graphql");

    /// <summary>The shared test server.</summary>
    public Neo4jTestServer Server { get; private set; } = null!;

    /// <summary>The tests' own Neo4j client (not recorded).</summary>
    public Neo4jClient Db => Server.Client;

    public async Task InitializeAsync() => (BaseAddress, Server, ApiKey) = await Shared.Value;

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(Uri, Neo4jTestServer, string)> StartAsync()
    {
        var server = await Neo4jTestServer.GetAsync();
        await using (var seeding = ProjectCypher.CreateClient(server, "live-service seeding"))
        {
            await new SchemaMigrator(seeding, OntologyModel.Default).MigrateAsync();
            var result = await new IngestionService(seeding, OntologyModel.Default, IngestLimits.Default).IngestAsync(SeedDocument.Bytes());
            if (!result.Ok)
                throw new InvalidOperationException("Seed rejected: " + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }

        var (keyInfo, apiKey) = await new Timeline.Core.Security.ApiKeyStore(server.Client).IssueAsync(Timeline.Core.Security.ApiKeyRole.Writer, "LiveService");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Client.RunAsync("MATCH (k:ApiKey {id: $id}) DELETE k",
            new Dictionary<string, object?> { ["id"] = keyInfo.Id }).Wait(TimeSpan.FromSeconds(5));

        var options = server.Options;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Neo4j:Uri", options.Uri.ToString());
            builder.UseSetting("Neo4j:User", options.User);
            builder.UseSetting("Neo4j:Password", options.Password);
            // One key is shared by every class using the service, in parallel: no test may be throttled by its neighbours.
            builder.UseSetting("Timeline:RateLimit:Burst", "100000");
            builder.UseSetting("Timeline:RateLimit:RequestsPerSecond", "100000");
            builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Warning));
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        ProjectCypher.Observe(factory.Services.GetRequiredService<Neo4jClient>(), "live-service");
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        return (new Uri(address.TrimEnd('/') + "/"), server, apiKey);
    }

    /// <summary>A plain HTTP client for the service's real socket, sending the service's API key.</summary>
    public HttpClient Http()
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return http;
    }
}
