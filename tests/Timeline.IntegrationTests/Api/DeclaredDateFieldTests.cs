using System.Text.Json;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Api;

/// <summary>A property the ontology declares as a <c>date</c> (Person.born) reads in GraphQL as the model's own dates do: a
/// <c>PartialDate</c> with its text, precision and bounds.</summary>
public sealed class DeclaredDateFieldTests(ApiFixture api) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private const string Mutation = """
        mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok errors { path message } } }
        """;

    private readonly string _person = TestIds.New("person:");
    private readonly string _source = TestIds.New("src:");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var client = api.Server.CreateClient();
        await Neo4jTestData.DeleteIdsAsync(client, [_person, _source]);
    }

    [Fact]
    public async Task Person_born_is_a_partial_date_with_precision_and_bounds()
    {
        var document = new
        {
            source = new { id = _source, title = "Born", published = "2026-01-09" },
            entities = new object[] { new { id = _person, kind = "Person", name = "Born Tester", properties = new { born = "1962-11-23" } } },
        };
        var ingest = (await api.PostAsync(Mutation, new { document })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.True(ingest.GetProperty("ok").GetBoolean(), ingest.ToString());

        var born = (await api.PostAsync("""
            query($id: ID!) { entity(id: $id) { ... on Person { born { text precision earliest latest } } } }
            """, new { id = _person })).AssertOk().Data.GetProperty("entity").GetProperty("born");

        Assert.Equal("1962-11-23", born.GetProperty("text").GetString());
        Assert.Equal("DAY", born.GetProperty("precision").GetString());
        Assert.Equal("1962-11-23T00:00:00Z", born.GetProperty("earliest").GetString());
        Assert.Equal("1962-11-23T23:59:59Z", born.GetProperty("latest").GetString());
    }

    [Fact]
    public async Task An_undated_person_has_a_null_born()
    {
        var document = new
        {
            source = new { id = _source, title = "Unborn", published = "2026-01-09" },
            entities = new object[] { new { id = _person, kind = "Person", name = "Undated Tester" } },
        };
        var ingest = (await api.PostAsync(Mutation, new { document })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.True(ingest.GetProperty("ok").GetBoolean(), ingest.ToString());

        var entity = (await api.PostAsync("""
            query($id: ID!) { entity(id: $id) { id ... on Person { born { text } } } }
            """, new { id = _person })).AssertOk().Data.GetProperty("entity");

        Assert.Equal(JsonValueKind.Null, entity.GetProperty("born").ValueKind);
    }
}
