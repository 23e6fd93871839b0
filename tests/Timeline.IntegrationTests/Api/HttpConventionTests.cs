using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Timeline.IntegrationTests.Api;

/// <summary>GraphQL over HTTP: methods, media types and status codes; GraphiQL and health served by the app.</summary>
public sealed class HttpConventionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Get_with_a_query_string_executes_queries()
    {
        using var http = api.Factory.CreateClient();
        var url = "/graphql?query=" + Uri.EscapeDataString("query($id: ID!) { entity(id: $id) { name } }")
                  + "&variables=" + Uri.EscapeDataString("""{"id": "gov:venezuela"}""");
        var response = (await GraphQLResponse.ReadAsync(await http.GetAsync(url))).AssertOk();
        Assert.Equal("Government of Venezuela", response.Data.GetProperty("entity").GetProperty("name").GetString());
        Assert.Equal("application/json", response.ContentType);
    }

    [Fact]
    public async Task Get_refuses_mutations_with_405()
    {
        using var http = api.Factory.CreateClient();
        var response = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { ingestDocument(document: {}) { ok } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow.Concat(response.Headers.Select(h => string.Join(",", h.Value))));
    }

    [Fact]
    public async Task The_response_media_type_follows_accept()
    {
        var strict = await api.PostAsync("{ entity(id: \"gov:venezuela\") { id } }", accept: "application/graphql-response+json");
        Assert.Equal("application/graphql-response+json", strict.ContentType);
        strict.AssertOk();

        var invalid = await api.PostAsync("{ nothing }", accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", invalid.ErrorCodes);

        var legacy = await api.PostAsync("{ nothing }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("application/json", legacy.ContentType);

        var refused = await api.PostAsync("{ nothing }", accept: "text/csv");
        Assert.Equal(HttpStatusCode.NotAcceptable, refused.Status);
    }

    [Fact]
    public async Task Field_errors_keep_the_rest_of_the_data()
    {
        var response = await api.PostAsync("""{ a: entity(id: "gov:venezuela") { id } b: entity(id: "person:nobody") { id } }""",
            accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("gov:venezuela", response.Data.GetProperty("a").GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("b").ValueKind);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task Other_content_types_are_refused_with_415()
    {
        using var http = api.Factory.CreateClient();
        using var content = new StringContent("{ entity(id: \"x\") { id } }", Encoding.UTF8, "text/plain");
        var response = await http.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task GraphiQL_is_served_from_the_app_itself()
    {
        using var http = api.Factory.CreateClient();
        var page = await http.GetStringAsync("/graphiql");
        Assert.Contains("graphiql.min.js", page);
        Assert.DoesNotContain("https://", page);
        foreach (var asset in new[] { "graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js" })
        {
            var response = await http.GetAsync("/graphiql/" + asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000, asset);
        }

        using var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        browser.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var ide = await http.SendAsync(browser);
        Assert.Equal("text/html", ide.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_reports_neo4j()
    {
        using var http = api.Factory.CreateClient();
        var response = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ok\"", await response.Content.ReadAsStringAsync());
    }
}
