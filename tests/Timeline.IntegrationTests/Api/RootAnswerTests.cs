using System.Text.Json;
using Timeline.IntegrationTests.Neo4j;
using Timeline.IntegrationTests.Security;

namespace Timeline.IntegrationTests.Api;

/// <summary>The answers of the <c>entities</c> and <c>source</c> root fields, on a database holding only the small document
/// below: every expected answer is read off that document by hand.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class RootAnswerTests(ScratchNeo4j neo4j, ScratchDocument graph) : IClassFixture<ScratchDocument>, IAsyncLifetime
{
    private const string Document = """
        {
          "source": { "id": "src:roots-test", "title": "Root answers", "published": "2026-01-09", "publisher": "Test Wire",
                      "url": "https://example.test/roots", "language": "en" },
          "entities": [
            { "id": "person:bruno-bravo", "kind": "Person", "name": "Bruno Bravo" },
            { "id": "gov:dorado", "kind": "Government", "name": "Government of Dorado" },
            { "id": "person:ana-alvarez", "kind": "Person", "name": "Ana Álvarez" },
            { "id": "country:dorado", "kind": "Country", "name": "Dorado" },
            { "id": "org:coastal-guard", "kind": "Organization", "name": "Coastal Guard" }
          ],
          "events": [
            { "id": "event:roots-meeting", "type": "Meeting", "title": "Meeting in Dorado", "date": "2026-01-05",
              "participants": [ { "entity": "person:ana-alvarez", "role": "participant" }, { "entity": "country:dorado", "role": "location" } ],
              "excerpt": "they met on 5 January" },
            { "id": "event:roots-announcement", "type": "Announcement", "title": "Dorado announces talks", "date": "2025-12",
              "participants": [ { "entity": "gov:dorado", "role": "agent" } ],
              "excerpt": "announced in December" }
          ],
          "statements": [
            { "id": "stmt:roots-ana", "speaker": "person:ana-alvarez", "text": "The talks went well.", "verbatim": true,
              "date": "2026-01-06", "about": [ "event:roots-meeting" ], "excerpt": "Álvarez said" },
            { "id": "stmt:roots-bruno", "speaker": "person:bruno-bravo", "text": "Talks will start soon.", "verbatim": false,
              "date": { "earliest": "2026-01-01", "latest": "2026-01-03" }, "about": [ "gov:dorado" ], "excerpt": "Bravo said" }
          ],
          "relations": []
        }
        """;

    private TimelineApiFactory _host = null!;

    public async Task InitializeAsync() => _host = await graph.LoadAsync(neo4j, Document);

    public Task DisposeAsync() => Task.CompletedTask; // the fixture's host

    [Fact]
    public async Task Entities_lists_every_entity_by_name_with_its_kind()
    {
        var page = await Data("{ entities { nodes { id name kind } pageInfo { hasNextPage hasPreviousPage } } }");

        Assert.Equal(
            [
                ("person:ana-alvarez", "Ana Álvarez", "Person"),
                ("person:bruno-bravo", "Bruno Bravo", "Person"),
                ("org:coastal-guard", "Coastal Guard", "Organization"),
                ("country:dorado", "Dorado", "Country"),
                ("gov:dorado", "Government of Dorado", "Government"),
            ],
            Nodes(page.GetProperty("entities")).Select(n => (Text(n, "id"), Text(n, "name"), Text(n, "kind"))));
        Assert.False(page.GetProperty("entities").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(page.GetProperty("entities").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Entities_of_a_kind_include_its_subkinds()
    {
        var organizations = await Data("{ entities(kind: Organization) { nodes { id } } }");
        var people = await Data("{ entities(kind: Person) { nodes { id } } }");
        var vessels = await Data("{ entities(kind: Vessel) { nodes { id } } }");

        Assert.Equal(["org:coastal-guard", "gov:dorado"], Nodes(organizations.GetProperty("entities")).Select(n => Text(n, "id")));
        Assert.Equal(["person:ana-alvarez", "person:bruno-bravo"], Nodes(people.GetProperty("entities")).Select(n => Text(n, "id")));
        Assert.Empty(Nodes(vessels.GetProperty("entities")));
    }

    [Fact]
    public async Task Entities_pages_follow_each_other_without_gaps_or_repeats()
    {
        const string Query = "query($after: String) { entities(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }";
        var pages = new List<string[]>();
        string? after = null;
        bool more;
        do
        {
            var connection = (await Data(Query, new { after })).GetProperty("entities");
            pages.Add(Nodes(connection).Select(n => Text(n, "id")!).ToArray());
            more = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (more && pages.Count < 10);

        Assert.Equal(
            [["person:ana-alvarez", "person:bruno-bravo"], ["org:coastal-guard", "country:dorado"], ["gov:dorado"]],
            pages);
    }

    [Fact]
    public async Task Source_answers_its_fields_and_the_events_and_statements_it_reports_in_date_order()
    {
        var source = (await Data("""
            { source(id: "src:roots-test") {
                id title published publishedDate { text precision } publisher url language
                events { nodes { id } } statements { nodes { id } }
                january: events(from: "2026-01", to: "2026-01") { nodes { id } } } }
            """)).GetProperty("source");

        Assert.Equal("src:roots-test", Text(source, "id"));
        Assert.Equal("Root answers", Text(source, "title"));
        Assert.Equal("2026-01-09", Text(source, "published"));
        Assert.Equal("2026-01-09", source.GetProperty("publishedDate").GetProperty("text").GetString());
        Assert.Equal("DAY", source.GetProperty("publishedDate").GetProperty("precision").GetString());
        Assert.Equal("Test Wire", Text(source, "publisher"));
        Assert.Equal("https://example.test/roots", Text(source, "url"));
        Assert.Equal("en", Text(source, "language"));
        // December 2025 before 5 January 2026; 1–3 January before 6 January.
        Assert.Equal(["event:roots-announcement", "event:roots-meeting"], source.GetProperty("events").GetProperty("nodes").EnumerateArray().Select(e => Text(e, "id")));
        Assert.Equal(["stmt:roots-bruno", "stmt:roots-ana"], source.GetProperty("statements").GetProperty("nodes").EnumerateArray().Select(e => Text(e, "id")));
        Assert.Equal(["event:roots-meeting"], source.GetProperty("january").GetProperty("nodes").EnumerateArray().Select(e => Text(e, "id")));
    }

    [Fact]
    public async Task An_unknown_source_is_NOT_FOUND()
    {
        var answer = await SecuredApi.Send(_host, """{ source(id: "src:no-such-source") { id } }""");

        Assert.Equal(["NOT_FOUND"], answer.ErrorCodes);
        Assert.True(!answer.Json.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null
            || data.GetProperty("source").ValueKind == JsonValueKind.Null, answer.Body);
    }

    private async Task<JsonElement> Data(string query, object? variables = null) =>
        (await SecuredApi.Send(_host, query, variables)).AssertOk().Data;

    private static IEnumerable<JsonElement> Nodes(JsonElement connection) => connection.GetProperty("nodes").EnumerateArray();

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();
}
