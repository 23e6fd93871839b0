using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Api;
using Timeline.IntegrationTests.Security;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Hosting;

/// <summary>Access is endpoint metadata: an endpoint that says nothing about who may call it needs a credential with a role,
/// like <c>/graphql</c> and <c>/export</c>; only an endpoint marked <c>AllowAnonymous</c> is open. Shown on endpoints a test
/// maps after the API's own, as a new feature would be.</summary>
public sealed class SecureByDefaultTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>
{
    private const string Secret = "what only a reader may read";

    [Fact]
    public async Task A_new_endpoint_needs_a_credential_without_saying_so()
    {
        await using var api = await ComposedApi.StartAsync(db.Server.Options, TestJwt.Settings, app =>
        {
            app.MapGet("/reports/new", () => Secret);
            app.MapGroup("/reports/grouped").MapGet("/latest", () => Secret);
        });
        using var http = api.CreateClient();

        foreach (var path in new[] { "/reports/new", "/reports/grouped/latest" })
        {
            var refused = await GraphQLResponse.ReadAsync(await http.GetAsync(path));
            Assert.True(refused.Status == HttpStatusCode.Unauthorized, $"{path}: {refused}");
            Assert.Equal(["UNAUTHENTICATED"], refused.ErrorCodes);
            Assert.DoesNotContain(Secret, refused.Body, StringComparison.Ordinal);

            var roleless = await GetAsync(http, path, TestJwt.Create("someone", role: null));
            Assert.Equal(HttpStatusCode.Forbidden, roleless.StatusCode);

            var reader = await GetAsync(http, path, TestJwt.Create("analyst", ApiKeyRole.Reader));
            Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
            Assert.Equal(Secret, await reader.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_new_endpoint_is_open_only_when_it_says_so_and_then_is_not_rate_limited()
    {
        await using var api = await ComposedApi.StartAsync(db.Server.Options, new Dictionary<string, string?>(TestJwt.Settings)
        {
            ["Timeline:RateLimit:Burst"] = "1",
            ["Timeline:RateLimit:RequestsPerSecond"] = "1",
        }, app =>
        {
            app.MapGet("/status/open", () => "open").AllowAnonymous();
            app.MapGet("/status/closed", () => "closed");
        });
        using var http = api.CreateClient();

        // A bucket of one request: the open endpoint is not limited at all; the closed one is, like /graphql.
        var open = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => http.GetAsync("/status/open")));
        Assert.All(open, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var token = TestJwt.Create("busy-analyst", ApiKeyRole.Reader);
        var closed = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => GetAsync(http, "/status/closed", token)));
        Assert.Contains(closed, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.All(closed, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, r.StatusCode.ToString()));
    }

    [Fact]
    public async Task The_api_s_own_open_endpoints_stay_open_and_its_data_endpoints_closed()
    {
        await using var api = await ComposedApi.StartAsync(db.Server.Options, TestJwt.Settings, _ => { });
        using var http = api.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/graphiql")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("/")).StatusCode);
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        browser.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var ide = await http.SendAsync(browser);
        Assert.Equal(HttpStatusCode.OK, ide.StatusCode);
        Assert.Equal("text/html", ide.Content.Headers.ContentType?.MediaType);

        foreach (var path in new[] { "/graphql?query=%7B__typename%7D", "/export/statements.csv" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(path)).StatusCode);

        // A path nothing is mapped to says nothing either: which paths exist is told only to a caller with a role.
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/no/such/path")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(http, "/no/such/path", TestJwt.Create("analyst", ApiKeyRole.Reader))).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await http.SendAsync(request);
    }
}
