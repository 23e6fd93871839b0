using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Execution.Shaped;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Api;

/// <summary>A root field the translator answers is written from its shaped value (<see cref="ShapedExecutionStrategy"/>),
/// not executed field by field: every answer must be byte for byte the one GraphQL.NET's own execution gives — the same host
/// with the ordinary parallel strategy — whatever the selection (aliases, fragments whose fields come in another order per
/// type, merged fields, <c>@skip</c>/<c>@include</c>, <c>__typename</c>), and a value that needs an error is executed as usual.
/// The examples read the whole graph ("what was known on 6 January"): another test's document between the two answers would
/// tell them apart.</summary>
[Collection(Timeline.IntegrationTests.Ingest.WholeGraphCollection.Name)]
public sealed class ShapedAnswerTests(ApiFixture api) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private readonly string _country = TestIds.New("country:");
    private readonly string _source = TestIds.New("src:");
    private readonly string _event = TestIds.New("event:");
    private WebApplicationFactory<Program>? _ordinary;

    public static TheoryData<string, string, string> Requests()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (title, _, query, _) in ExampleQueries.All)
            data.Add(title, query, "{}");
        data.Add("aliases, merged fields, fragments in another order per type, __typename everywhere", """
            query Q($withKind: Boolean!, $noAliases: Boolean!) {
              __typename
              a: entity(id: "gov:venezuela") {
                __typename id
                ... on Government { name id }
                ...Named
                kind @include(if: $withKind)
                aliases @skip(if: $noAliases)
                r: relations(first: 3) { __typename totalCount edges { cursor node { __typename type direction other { __typename id ... on Person { name } } validFrom { text } properties sources { source { id } } } } pageInfo { endCursor hasNextPage } }
                relations(first: 3) { edges { node { type } } }
              }
              b: entity(id: "person:nicolas-maduro") { ...Named id }
              timeline(involving: ["gov:venezuela"], first: 6) {
                edges {
                  cursor
                  node {
                    ... on Statement { text id __typename date { text precision } }
                    ... on Event { __typename id title date { precision text } participants { role entity { __typename name } } }
                  }
                }
                totalCount
              }
            }
            fragment Named on Entity { name kind ... on Person { description } }
            """, """{"withKind": true, "noAliases": false}""");
        data.Add("the same with the directives the other way", """
            query Q($withKind: Boolean!, $noAliases: Boolean!) {
              a: entity(id: "gov:venezuela") { id kind @include(if: $withKind) aliases @skip(if: $noAliases) }
              search(text: "venez", first: 3) { id __typename ... on Country { name } }
            }
            """, """{"withKind": false, "noAliases": true}""");
        data.Add("lists of every root kind", """
            {
              search(text: "maduro") { id name kind named }
              entities(kind: Person, first: 3) { totalCount nodes { id name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
              statements(about: "person:nicolas-maduro", first: 2) { edges { node { id text verbatim speaker { id } about { __typename ... on Event { title } } } } }
              timelineHistogram(involving: ["gov:venezuela"], by: YEAR) { period events statements imprecise }
              paths(from: "vessel:fifth-seized-tanker-2026-01-09", to: "gov:venezuela", maxHops: 4, first: 2) { length nodes { id name kind } steps { type from to role } }
              path(from: "country:colombia", to: "person:hugo-chavez") { length }
              source(id: "src:2026-01-09-caracas") { id title published }
            }
            """, "{}");
        data.Add("an id that names nothing (NOT_FOUND) beside one that does", """
            { gone: entity(id: "person:nobody-at-all") { id } here: entity(id: "country:venezuela") { id name } }
            """, "{}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task The_answer_is_the_one_GraphQL_NETs_execution_gives(string title, string query, string variables)
    {
        var before = Strategy().Answers;

        var shaped = await PostAsync(api.Factory, query, variables);
        var ordinary = await PostAsync(Ordinary(), query, variables);

        Assert.True(ordinary == shaped, $"{title}:\nordinary {ordinary}\nshaped   {shaped}");
        Assert.True(Strategy().Answers.Written > before.Written, $"{title}: no root field was written from its shaped value ({shaped})");
        Assert.Equal(before.Executed, Strategy().Answers.Executed);
    }

    [Fact]
    public async Task A_value_that_needs_an_error_is_executed_as_usual_with_the_same_error_and_null()
    {
        await IngestAsync();
        await using (var client = api.Server.CreateClient())
            await client.RunAsync("MATCH (e:Entity {id: $id}) REMOVE e.name", new Dictionary<string, object?> { ["id"] = _country });
        var entity = $$"""{ broken: entity(id: "{{_country}}") { id name } fine: entity(id: "country:venezuela") { id } }""";
        // A non-null field deep in a page: the null goes up to the nearest nullable place, the whole answer here.
        var timeline = $$"""{ timeline(involving: ["{{_country}}"]) { edges { node { ... on Event { id participants { entity { id name } } } } } } }""";
        var before = Strategy().Answers;

        var shaped = await PostAsync(api.Factory, entity, "{}");
        var shapedPage = await PostAsync(api.Factory, timeline, "{}");
        Assert.Equal(await PostAsync(Ordinary(), entity, "{}"), shaped);
        Assert.Equal(await PostAsync(Ordinary(), timeline, "{}"), shapedPage);

        using var answer = JsonDocument.Parse(shaped[(shaped.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(JsonValueKind.Null, answer.RootElement.GetProperty("data").GetProperty("broken").ValueKind);
        Assert.Equal("country:venezuela", answer.RootElement.GetProperty("data").GetProperty("fine").GetProperty("id").GetString());
        Assert.Single(answer.RootElement.GetProperty("errors").EnumerateArray());
        using var page = JsonDocument.Parse(shapedPage[(shapedPage.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        Assert.Single(page.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal((before.Written + 1, before.Executed + 2), Strategy().Answers);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_ordinary is not null)
            await _ordinary.DisposeAsync();
        await using var client = api.Server.CreateClient();
        await Neo4jTestData.DeleteIdsAsync(client, [_country, _source, _event]);
    }

    private ShapedExecutionStrategy Strategy() =>
        api.Factory.Services.GetRequiredService<ShapedExecutionStrategy>();

    // The same host with GraphQL.NET's default strategy for queries.
    private WebApplicationFactory<Program> Ordinary() => _ordinary ??= api.Factory.WithWebHostBuilder(builder =>
        builder.ConfigureTestServices(services => services.AddSingleton<IExecutionStrategySelector>(new DefaultExecutionStrategySelector())));

    private static async Task<string> PostAsync(WebApplicationFactory<Program> factory, string query, string variables)
    {
        using var http = factory.CreateClient();
        var body = $$"""{"query": {{JsonSerializer.Serialize(query)}}, "variables": {{variables}}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        using var response = await http.SendAsync(request);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    private async Task IngestAsync()
    {
        var document = new
        {
            source = new { id = _source, title = "Shaped answers", published = "2026-02-01" },
            entities = new object[] { new { id = _country, kind = "Country", name = "Testland" } },
            events = new object[]
            {
                new { id = _event, type = "Attack", title = "Strike", date = "2026-01-10", participants = new object[] { new { entity = _country, role = "target" } } },
            },
        };
        var result = await api.PostAsync("mutation($d: IngestDocumentInput!) { ingestDocument(document: $d) { ok errors { message } } }", new { d = document });
        Assert.True(result.Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean(), result.Body);
    }
}
