using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Api;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Security;

/// <summary>An API host with production-like security (no anonymous access, keys checked on every request — no key cache —
/// and JWTs accepted from the test issuer), a reader, a writer and an editor key issued for it, and captured logs. Each test class
/// that uses it owns its keys; they are deleted afterwards. The seed document is loaded (idempotently): the tests read
/// <c>gov:venezuela</c>, whatever ran before them.</summary>
public sealed class SecuredApi : IAsyncLifetime
{
    private TestKeys _keys = null!;

    public CapturedLogs Logs { get; } = new();

    public Neo4jTestServer Server { get; private set; } = null!;

    public TimelineApiFactory Factory { get; private set; } = null!;

    public TestKeys Keys => _keys;

    public string ReaderKey { get; private set; } = "";

    public string WriterKey { get; private set; } = "";

    public string EditorKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Server = await Neo4jTestServer.GetAsync();
        await using (var seeding = Server.CreateClient())
            await Timeline.Testing.Project.SeedDocument.IngestAsync(seeding);
        _keys = new TestKeys(Server);
        ReaderKey = await _keys.IssueAsync(ApiKeyRole.Reader, "SecuredApi reader");
        WriterKey = await _keys.IssueAsync(ApiKeyRole.Writer, "SecuredApi writer");
        EditorKey = await _keys.IssueAsync(ApiKeyRole.Editor, "SecuredApi editor");
        Factory = new TimelineApiFactory(TimelineApiFactory.Settings(Server.Options, new Dictionary<string, string?>(TestJwt.Settings)
        {
            ["Timeline:Auth:KeyCacheSeconds"] = "0",
            ["Timeline:RateLimit:Burst"] = "100000",
            ["Timeline:RateLimit:RequestsPerSecond"] = "100000",
        }), Logs);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _keys.DisposeAsync();
    }

    /// <summary>POSTs a GraphQL request with the given headers (none: an anonymous request).</summary>
    public Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? apiKey = null, string? bearer = null) =>
        Send(Factory, query, variables, apiKey, bearer);

    public static async Task<GraphQLResponse> Send(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string query,
        object? variables = null, string? apiKey = null, string? bearer = null)
    {
        using var response = await SendRaw(factory, query, variables, apiKey, bearer);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>The raw HTTP answer (for headers such as Retry-After and WWW-Authenticate); the caller disposes it.</summary>
    public static async Task<HttpResponseMessage> SendRaw(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string query,
        object? variables = null, string? apiKey = null, string? bearer = null)
    {
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Remove("X-Api-Key");
        http.DefaultRequestHeaders.Authorization = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await http.SendAsync(request);
    }
}
