using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Api;

/// <summary>An event that was announced, planned or called off is not one that happened: its status is stored, shown in
/// timelines and filterable; an event whose document gives none occurred. Each test ingests its own small document.</summary>
public sealed class EventStatusTests(ApiFixture api) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private const string Mutation = """
        mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok errors { path message } } }
        """;

    private readonly string _country = TestIds.New("country:");
    private readonly string _source = TestIds.New("src:");
    private readonly string _attack = TestIds.New("event:");
    private readonly string _strike = TestIds.New("event:");
    private readonly string _summit = TestIds.New("event:");
    private readonly string _claim = TestIds.New("stmt:");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var client = api.Server.CreateClient();
        await Neo4jTestData.DeleteIdsAsync(client, [_country, _source, _attack, _strike, _summit, _claim]);
    }

    private object Document(string? attackStatus = "called-off") => new
    {
        source = new { id = _source, title = "Statuses", published = "2026-02-01" },
        entities = new object[] { new { id = _country, kind = "Country", name = "Testland" } },
        events = new object[]
        {
            // Dates in order: the strike (no status: occurred), the called-off attack, the planned summit.
            new { id = _strike, type = "Attack", title = "Strike", date = "2026-01-10", participants = new object[] { new { entity = _country, role = "target" } } },
            attackStatus is null
                ? new { id = _attack, type = "Attack", title = "Second wave", date = "2026-01-11", participants = new object[] { new { entity = _country, role = "target" } } }
                : new { id = _attack, type = "Attack", status = attackStatus, title = "Second wave", date = "2026-01-11", participants = new object[] { new { entity = _country, role = "target" } } },
            new { id = _summit, type = "Meeting", status = "planned", title = "Summit", date = "2026-02", participants = new object[] { new { entity = _country, role = "participant" } } },
        },
        statements = new object[] { new { id = _claim, speaker = _country, text = "We were attacked.", date = "2026-01-12" } },
    };

    private async Task<List<(string Id, string? Status)>> TimelineAsync(string[]? statuses)
    {
        var data = (await api.PostAsync("""
            query($involving: [ID!], $statuses: [String!]) { timeline(involving: $involving, statuses: $statuses) {
              nodes { ... on Event { id status } ... on Statement { id } } } }
            """, new { involving = new[] { _country }, statuses })).AssertOk().Data;
        return data.GetProperty("timeline").GetProperty("nodes").EnumerateArray()
            .Select(n => (n.GetProperty("id").GetString()!, n.TryGetProperty("status", out var s) ? s.GetString() : null)).ToList();
    }

    [Fact]
    public async Task A_timeline_shows_each_events_status_and_keeps_every_status_by_default()
    {
        var ingest = (await api.PostAsync(Mutation, new { document = Document() })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.True(ingest.GetProperty("ok").GetBoolean(), ingest.ToString());

        Assert.Equal([(_strike, "occurred"), (_attack, "called-off"), (_claim, null), (_summit, "planned")], await TimelineAsync(null));
        // Statements were made: a status filter never drops them.
        Assert.Equal([(_strike, "occurred"), (_claim, null)], await TimelineAsync(["occurred"]));
        Assert.Equal([(_attack, "called-off"), (_claim, null), (_summit, "planned")], await TimelineAsync(["called-off", "planned", "planned"]));
        Assert.Equal([(_claim, null)], await TimelineAsync([]));
    }

    [Fact]
    public async Task A_later_report_of_the_same_event_with_another_status_changes_it()
    {
        Assert.True((await api.PostAsync(Mutation, new { document = Document() })).AssertOk().Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean());
        Assert.True((await api.PostAsync(Mutation, new { document = Document(attackStatus: null) })).AssertOk().Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean());

        Assert.Contains((_attack, "occurred"), await TimelineAsync(["occurred"]));
    }

    [Fact]
    public async Task An_unknown_status_is_a_clear_error_and_writes_nothing()
    {
        var ingest = (await api.PostAsync(Mutation, new { document = Document(attackStatus: "cancelled") })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.False(ingest.GetProperty("ok").GetBoolean());
        var error = Assert.Single(ingest.GetProperty("errors").EnumerateArray());
        Assert.Equal("$.events[1].status", error.GetProperty("path").GetString());
        Assert.Contains("unknown event status 'cancelled'", error.GetProperty("message").GetString());
        Assert.Equal(["NOT_FOUND"], (await api.PostAsync("query($id: ID!) { source(id: $id) { id } }", new { id = _source })).ErrorCodes);

        var response = await api.PostAsync("""{ timeline(statuses: ["happened"]) { nodes { __typename } } }""");
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("Unknown event status 'happened'. Known statuses: occurred, ongoing, announced, planned, called-off.", response.Body);
    }
}
