using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;
using Timeline.Testing.CypherLint;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Api;

/// <summary>The API host (WebApplicationFactory&lt;Program&gt;) against the shared real Neo4j, with the seed document
/// ingested through the real ingestion service (idempotent, so every fixture may do it). Captures the host's logs and
/// records every Cypher text the host sends, for the Cypher 5 check. Its clients authenticate with a writer API key issued
/// for the fixture (deleted afterwards); the rate limit is raised so that no test is throttled by its neighbours.</summary>
public class ApiFixture : IAsyncLifetime
{
    private readonly string _role;

    public ApiFixture()
        : this(ApiKeyRole.Writer)
    {
    }

    /// <summary>A fixture whose clients hold <paramref name="role"/>.</summary>
    protected ApiFixture(string role) => _role = role;

    /// <summary>The audit actor of the fixture's clients (<c>key:&lt;id&gt;</c>).</summary>
    public string Actor { get; private set; } = "";

    public const string SeedPath = "data/seed/article-2026-01-09-caracas.json";

    private WebApplicationFactory<Program>? _factory;
    private TestKeys? _keys;

    public CapturedLogs Logs { get; } = new();

    public CypherTextRecorder Cypher { get; } = new();

    public Neo4jTestServer Server { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        Server = await Neo4jTestServer.GetAsync();
        await using (var seeding = Server.CreateClient())
            await Timeline.Testing.Project.SeedDocument.IngestAsync(seeding);

        _keys = new TestKeys(Server);
        var key = await _keys.IssueAsync(_role, "ApiFixture");
        Actor = "key:" + ApiKeyFormat.IdOf(key);
        _factory = new TimelineApiFactory(TimelineApiFactory.Settings(Server.Options, new Dictionary<string, string?>
        {
            ["Timeline:RateLimit:Burst"] = "100000",
            ["Timeline:RateLimit:RequestsPerSecond"] = "100000",
        }), Logs, apiKey: key);
        // Every text the API sends goes to the end-of-run Cypher 5 check of scripts/test.
        var client = ProjectCypher.Observe((Neo4jClient)_factory.Services.GetService(typeof(Neo4jClient))!, "graphql api");
        client.RequestSending += statements =>
        {
            foreach (var statement in statements)
                Cypher.Record(statement.Text, statement.Parameters?.Keys ?? [], "graphql api");
        };
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        if (_keys is not null)
            await _keys.DisposeAsync();
    }

    /// <summary>POSTs a GraphQL request and parses the JSON answer.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? accept = null, string? operationName = null,
        object? extensions = null)
    {
        using var http = Factory.CreateClient();
        var body = extensions is null
            ? JsonSerializer.Serialize(new { query, variables, operationName })
            : JsonSerializer.Serialize(new { query, variables, operationName, extensions });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null)
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
