using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Core.Ontology;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Api;

/// <summary>A property a relation type declares as a <c>date</c> reads in the relation's <c>properties</c> JSON as every
/// declared date reads (an entity's in its <c>PartialDate</c> field): the whole date, text, precision and bounds. A name
/// another relation type declares as a string stays a string there.</summary>
public sealed class DeclaredRelationDateTests : IAsyncLifetime
{
    // The default ontology plus 'established': a date on HAS_DIPLOMATIC_RELATIONS_WITH, a string on RECOGNIZES.
    private static readonly OntologyModel Ontology = OntologyModel.Parse(OntologyModel.DefaultYaml
        .Replace(
            "      status: { type: string, description: \"e.g. 'full', 'reduced', 'severed'.\" }",
            "      status: { type: string, description: \"e.g. 'full', 'reduced', 'severed'.\" }\n" +
            "      established: { type: date, description: When relations were established. }")
        .Replace(
            "      as: { type: string, description: \"What the other is recognised as.\" }",
            "      as: { type: string, description: \"What the other is recognised as.\" }\n" +
            "      established: { type: string, description: How the recognition was established. }"));

    private const string Mutation = """
        mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok errors { path message } } }
        """;

    private readonly string _a = TestIds.New("country:");
    private readonly string _b = TestIds.New("country:");
    private readonly string _source = TestIds.New("src:");
    private Neo4jTestServer _server = null!;
    private TestKeys? _keys;
    private WebApplicationFactory<Program>? _api;

    public async Task InitializeAsync()
    {
        _server = await Neo4jTestServer.GetAsync();
        _keys = new TestKeys(_server);
        var key = await _keys.IssueAsync(ApiKeyRole.Writer, nameof(DeclaredRelationDateTests));
        _api = new TimelineApiFactory(TimelineApiFactory.Settings(_server.Options), apiKey: key)
            .WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton(Ontology)));
        ProjectCypher.Observe((Neo4jClient)_api.Services.GetService(typeof(Neo4jClient))!, "graphql api (declared relation date)");
    }

    public async Task DisposeAsync()
    {
        await using (var client = _server.CreateClient())
            await Neo4jTestData.DeleteIdsAsync(client, [_a, _b, _source]);
        if (_api is not null)
            await _api.DisposeAsync();
        if (_keys is not null)
            await _keys.DisposeAsync();
    }

    [Fact]
    public async Task A_declared_relation_date_is_the_whole_partial_date_in_properties()
    {
        Assert.Equal(PropertyType.Date, Ontology.FindRelationType("HAS_DIPLOMATIC_RELATIONS_WITH")!.Properties.Single(p => p.Name == "established").Type);
        Assert.Equal(PropertyType.String, Ontology.FindRelationType("RECOGNIZES")!.Properties.Single(p => p.Name == "established").Type);
        var document = new
        {
            source = new { id = _source, title = "Relations", published = "2026-01-09" },
            entities = new object[]
            {
                new { id = _a, kind = "Country", name = "Relation Date A" },
                new { id = _b, kind = "Country", name = "Relation Date B" },
            },
            relations = new object[]
            {
                new
                {
                    type = "HAS_DIPLOMATIC_RELATIONS_WITH", from = _a, to = _b,
                    properties = new { established = new { earliest = "1835", latest = "1836-06" } },
                },
                new { type = "RECOGNIZES", from = _a, to = _b, properties = new { established = "by treaty" } },
            },
        };
        var ingest = (await PostAsync(Mutation, new { document })).GetProperty("ingestDocument");
        Assert.True(ingest.GetProperty("ok").GetBoolean(), ingest.ToString());

        var edges = (await PostAsync("""
            query($id: ID!) { entity(id: $id) { relations { edges { node { type properties } } } } }
            """, new { id = _a })).GetProperty("entity").GetProperty("relations").GetProperty("edges").EnumerateArray()
            .ToDictionary(e => e.GetProperty("node").GetProperty("type").GetString()!, e => e.GetProperty("node").GetProperty("properties"));

        var established = edges["HAS_DIPLOMATIC_RELATIONS_WITH"].GetProperty("established");
        Assert.Equal(
            ("1835/1836-06", "RANGE", "1835-01-01T00:00:00Z", "1836-06-30T23:59:59Z"),
            (established.GetProperty("text").GetString(), established.GetProperty("precision").GetString(),
             established.GetProperty("earliest").GetString(), established.GetProperty("latest").GetString()));
        Assert.Equal(4, established.EnumerateObject().Count());
        Assert.Equal("by treaty", edges["RECOGNIZES"].GetProperty("established").GetString());
    }

    private async Task<JsonElement> PostAsync(string query, object variables)
    {
        using var http = _api!.CreateClient();
        using var response = await http.PostAsync("/graphql", JsonContent(new { query, variables }));
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.TryGetProperty("errors", out _), body);
        return json.RootElement.GetProperty("data").Clone();
    }

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
