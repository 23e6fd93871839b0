using System.Text.Json;
using Timeline.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Api;

/// <summary>A request whose <c>extensions</c> hold <c>browserCypher: true</c> gets, per root field, the question as a Neo4j
/// Browser text in <c>extensions.browserCypher.&lt;responseKey&gt;</c>: written from the query tree the field ran, the whole
/// answer rather than the page asked for. Run on the same Neo4j, it answers what the API answers.</summary>
public sealed class BrowserCypherExtensionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly object Wanted = new { browserCypher = true };

    [Fact]
    public async Task Each_root_field_gets_its_questions_whole_answer_as_browser_text()
    {
        var response = (await api.PostAsync("""
            { page: timeline(involving: ["gov:united-states", "gov:venezuela"], from: "2026-01", to: "2026-01", first: 2) { nodes { __typename } }
              found: search(text: "maduro", first: 3) { id }
              tanker: path(from: "vessel:fifth-seized-tanker-2026-01-09", to: "gov:venezuela") { length } }
            """, extensions: Wanted)).AssertOk();
        var texts = response.Json.GetProperty("extensions").GetProperty("browserCypher");
        Assert.Equal(["found", "page", "tanker"], texts.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        await using var browser = ProjectCypher.CreateClient(api.Server, "graphql browserCypher extension");
        var expected = SeedDocument.Timeline(["gov:united-states", "gov:venezuela"], "2026-01", "2026-01");
        Assert.True(expected.Count > 2, "the timeline needs more than the page of two");
        Assert.Equal(expected, await Column(browser, texts.GetProperty("page").GetString()!, "id"));
        Assert.Equal(response.Data.GetProperty("found").EnumerateArray().Select(e => (object?)e.GetProperty("id").GetString()),
            await Column(browser, texts.GetProperty("found").GetString()!, "id"));
        Assert.Equal([4L], await Column(browser, texts.GetProperty("tanker").GetString()!, "length"));
    }

    [Fact]
    public async Task Without_the_request_extension_no_text_is_written()
    {
        var response = (await api.PostAsync("""{ search(text: "maduro") { id } }""")).AssertOk();
        Assert.False(response.Json.GetProperty("extensions").TryGetProperty("browserCypher", out _));
    }

    [Fact]
    public async Task A_question_the_api_refuses_has_no_text()
    {
        var response = await api.PostAsync("""{ timeline(types: ["Spaceship"]) { nodes { __typename } } }""", extensions: Wanted);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("browserCypher", out _));
    }

    private static async Task<List<object?>> Column(Neo4jClient client, string cypher, string column) =>
        (await client.RunAsync(cypher)).Records.Select(r => r[column]).ToList();
}
