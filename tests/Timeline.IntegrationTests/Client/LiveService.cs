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
/// sends is recorded for the Cypher 5 check (<see cref="ProjectCypher"/>).</summary>
public sealed class LiveService : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    /// <summary>The service's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The GraphQL endpoint.</summary>
    public Uri GraphQLEndpoint => new(BaseAddress, "/graphql");

    /// <summary>The shared test server.</summary>
    public Neo4jTestServer Server { get; private set; } = null!;

    /// <summary>The tests' own Neo4j client (not recorded).</summary>
    public Neo4jClient Db => Server.Client;

    public async Task InitializeAsync()
    {
        Server = await Neo4jTestServer.GetAsync();
        await using (var seeding = ProjectCypher.CreateClient(Server, "live-service seeding"))
        {
            await new SchemaMigrator(seeding, OntologyModel.Default).MigrateAsync();
            var result = await new IngestionService(seeding, OntologyModel.Default, IngestLimits.Default).IngestAsync(SeedDocument.Bytes());
            if (!result.Ok)
                throw new InvalidOperationException("Seed rejected: " + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }

        var options = Server.Options;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Neo4j:Uri", options.Uri.ToString());
            builder.UseSetting("Neo4j:User", options.User);
            builder.UseSetting("Neo4j:Password", options.Password);
            builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Warning));
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        ProjectCypher.Observe(_factory.Services.GetRequiredService<Neo4jClient>(), "live-service");
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
    }

    /// <summary>A plain HTTP client for the service's real socket.</summary>
    public HttpClient Http() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
}
