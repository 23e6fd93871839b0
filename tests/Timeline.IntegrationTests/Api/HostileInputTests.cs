using System.Net;
using System.Text;
using System.Text.Json;

namespace Timeline.IntegrationTests.Api;

/// <summary>Hostile or broken requests are refused with the right status and a stable code, never with a stack trace or
/// Cypher text, and none of them is logged as a server error.</summary>
public sealed class HostileInputTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_50_level_deep_query_is_too_complex()
    {
        var query = new StringBuilder("{ entity(id: \"gov:venezuela\") { ");
        // entity + 48 nested lists + id: 50 levels.
        for (var i = 0; i < 48; i++)
            query.Append("neighbors { ");
        query.Append("id");
        query.Append(new string('}', 48)).Append(" } }");
        await Refused(query.ToString(), HttpStatusCode.OK, "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task Ten_thousand_aliases_are_too_complex()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: entity(id: \"gov:venezuela\") {{ id }} ")) + "}";
        await Refused(query, HttpStatusCode.OK, "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task A_huge_page_size_is_bad_user_input()
    {
        var response = await Refused("""{ timeline(first: 1000000) { nodes { __typename } } }""", HttpStatusCode.OK, "BAD_USER_INPUT");
        Assert.DoesNotContain("QUERY_TOO_COMPLEX", response.ErrorCodes);
    }

    [Fact]
    public async Task A_huge_nested_page_size_is_bad_user_input()
    {
        await Refused("""{ entity(id: "gov:venezuela") { relations(first: 101) { nodes { type } } } }""", HttpStatusCode.OK, "BAD_USER_INPUT");
    }

    [Fact]
    public async Task A_page_size_given_by_a_variable_is_checked_on_every_request_of_the_same_query()
    {
        // The first request leaves the document known to be valid; what its variables ask is checked again each time.
        const string query = "query($n: Int) { timeline(first: $n) { nodes { __typename } } }";
        (await api.PostAsync(query, new { n = 2 })).AssertOk();
        AssertRefused(await api.PostAsync(query, new { n = 1_000_000 }), HttpStatusCode.OK, "BAD_USER_INPUT");
        var notANumber = await api.PostAsync(query, new { n = "two" });
        Assert.True(notANumber.HasErrors, notANumber.Body);
        (await api.PostAsync(query, new { n = 2 })).AssertOk();
    }

    [Fact]
    public async Task An_invalid_query_is_refused_each_time_it_is_sent()
    {
        const string query = "{ timeline(first: 2) { nodes { noSuchField } } }";
        for (var i = 0; i < 2; i++)
            AssertRefused(await api.PostAsync(query), HttpStatusCode.OK, "GRAPHQL_VALIDATION_FAILED");
    }

    [Theory]
    [InlineData("not-base64!!")]
    [InlineData("WyJvbmx5LW9uZSJd")]
    [InlineData("")]
    public async Task A_malformed_cursor_is_bad_user_input(string cursor)
    {
        var response = await api.PostAsync("query($c: String) { timeline(first: 2, after: $c) { nodes { __typename } } }", new { c = cursor });
        AssertRefused(response, HttpStatusCode.OK, "BAD_USER_INPUT");
    }

    [Theory]
    [InlineData("""{ entity(id: "person:nobody") { id } }""")]
    [InlineData("""{ source(id: "src:nothing") { id } }""")]
    [InlineData("""{ timeline(involving: ["gov:venezuela", "person:nobody"]) { nodes { __typename } } }""")]
    [InlineData("""{ statements(speaker: "person:nobody") { nodes { id } } }""")]
    [InlineData("""{ path(from: "person:nobody", to: "gov:venezuela") { length } }""")]
    public async Task An_unknown_id_is_not_found(string query)
    {
        var response = await Refused(query, HttpStatusCode.OK, "NOT_FOUND");
        Assert.True(response.Body.Contains("nobody", StringComparison.Ordinal) || response.Body.Contains("nothing", StringComparison.Ordinal),
            "The error names the unknown id: " + response.Body);
    }

    [Fact]
    public async Task A_five_megabyte_body_is_refused_with_413()
    {
        var padding = new string(' ', 5 * 1024 * 1024);
        var response = await PostRawAsync($$"""{"query": "{ entity(id: \"gov:venezuela\") { id } }{{padding}}"}""");
        AssertRefused(response, HttpStatusCode.RequestEntityTooLarge, "BAD_USER_INPUT");
    }

    [Theory]
    [InlineData("{ \"query\": ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    public async Task Invalid_json_is_refused_with_400(string body)
    {
        AssertRefused(await PostRawAsync(body), HttpStatusCode.BadRequest, "BAD_USER_INPUT");
    }

    [Fact]
    public async Task A_syntax_error_is_a_parse_failure()
    {
        await Refused("{ entity(id: ", HttpStatusCode.OK, "GRAPHQL_PARSE_FAILED");
        var strict = await api.PostAsync("{ entity(id: ", accept: "application/graphql-response+json");
        AssertRefused(strict, HttpStatusCode.BadRequest, "GRAPHQL_PARSE_FAILED");
    }

    [Fact]
    public async Task An_unknown_field_is_a_validation_failure()
    {
        await Refused("{ entity(id: \"x\") { salary } }", HttpStatusCode.OK, "GRAPHQL_VALIDATION_FAILED");
    }

    [Theory]
    [InlineData("""{ timeline(types: ["Picnic"]) { nodes { __typename } } }""")]
    [InlineData("""{ timeline(from: "last tuesday") { nodes { __typename } } }""")]
    [InlineData("""{ path(from: "gov:venezuela", to: "country:venezuela", maxHops: 11) { length } }""")]
    [InlineData("""{ entity(id: "gov:venezuela") { neighbors(depth: 4) { id } } }""")]
    [InlineData("""{ entity(id: "gov:venezuela") { events(role: "villain") { nodes { id } } } }""")]
    [InlineData("""{ search(text: "  ") { id } }""")]
    public async Task Arguments_outside_the_ontology_or_limits_are_bad_user_input(string query)
    {
        await Refused(query, HttpStatusCode.OK, "BAD_USER_INPUT");
    }

    private async Task<GraphQLResponse> Refused(string query, HttpStatusCode status, string code)
    {
        var response = await api.PostAsync(query);
        AssertRefused(response, status, code);
        return response;
    }

    private void AssertRefused(GraphQLResponse response, HttpStatusCode status, string code)
    {
        Assert.True(response.Status == status, $"Expected {(int)status}, got {response}");
        Assert.Contains(code, response.ErrorCodes);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("MATCH", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", response.Body, StringComparison.Ordinal);
        Assert.Empty(api.Logs.ErrorsSince(0));
    }

    private async Task<GraphQLResponse> PostRawAsync(string body)
    {
        using var http = api.Factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/graphql", content);
        return await GraphQLResponse.ReadAsync(response);
    }
}
