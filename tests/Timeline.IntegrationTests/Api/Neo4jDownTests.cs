using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Timeline.IntegrationTests.Api;

/// <summary>With Neo4j unreachable the API still starts, answers 503 with NEO4J_UNAVAILABLE, and health says so.</summary>
public sealed class Neo4jDownTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private WebApplicationFactory<Program> _factory = null!;

    public Task InitializeAsync()
    {
        // Port 1 on the loopback: nothing listens, connections are refused at once.
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Neo4j:Uri", "http://127.0.0.1:1");
            builder.UseSetting("NEO4J_URI", "http://127.0.0.1:1");
            builder.UseSetting("Neo4j:ConnectTimeout", "00:00:02");
            // No key store without Neo4j: this host serves anonymous callers (explicitly, for this test only).
            builder.UseSetting("Timeline:Auth:AllowAnonymous", "true");
            builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Queries_answer_503_with_neo4j_unavailable()
    {
        using var http = _factory.CreateClient();
        using var content = new StringContent("""{"query": "{ entity(id: \"gov:venezuela\") { id } }"}""", Encoding.UTF8, "application/json");
        var response = await GraphQLResponse.ReadAsync(await http.PostAsync("/graphql", content));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(["NEO4J_UNAVAILABLE"], response.ErrorCodes);
        Assert.DoesNotContain("127.0.0.1", response.Body, StringComparison.Ordinal);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("unavailable", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Health_answers_503()
    {
        using var http = _factory.CreateClient();
        var response = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
