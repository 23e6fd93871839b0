using System.Net;
using Timeline.Primitives;
using Timeline.Client;
using Timeline.Neo4j;
using Timeline.Testing.Project;
using Timeline.Testing.Neo4j;
using ApiSeed = Timeline.IntegrationTests.Api.SeedDocument;

namespace Timeline.IntegrationTests.Client;

/// <summary>The .NET client against the real service over a real socket: every method's answer on the seed, the
/// equivalent Browser Cypher run on the same Neo4j giving the same answer, and an error case per method.</summary>
public sealed class TimelineClientTests(LiveService service) : IClassFixture<LiveService>, IAsyncLifetime
{
    private Neo4jClient _browser = null!;

    /// <summary>Runs the Browser queries, observed so that they are linted with everything the project sends.</summary>
    public Task InitializeAsync()
    {
        _browser = ProjectCypher.CreateClient(service.Server, "client Browser queries");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    private static readonly string[] UsVenezuela = ["gov:united-states", "gov:venezuela"];

    private TimelineClient Client(int pageSize = 100) => new(new TimelineClientOptions { Endpoint = service.GraphQLEndpoint, PageSize = pageSize, ApiKey = service.ApiKey });

    [Fact]
    public async Task Search_finds_maduro_first_and_its_browser_cypher_finds_the_same_entities()
    {
        using var client = Client();
        var result = await client.SearchAsync("nicolás MADURO");
        Assert.Equal("person:nicolas-maduro", result.Items[0].Id);
        Assert.Equal("Person", result.Items[0].Kind);
        Assert.True(result.Items[0].Named);

        var governments = await client.SearchAsync("venezuela", ["Government"], first: 5);
        Assert.All(governments.Items, e => Assert.Equal("Government", e.Kind));
        Assert.Contains(governments.Items, e => e.Id == "gov:venezuela");

        foreach (var r in new[] { result, governments })
            Assert.Equal(r.Items.Select(i => i.Id), await BrowserColumnAsync(r.ToBrowserCypher(), "id"));
    }

    [Fact]
    public async Task Search_with_an_unknown_kind_is_a_bad_user_input_error()
    {
        using var client = Client();
        var error = await Assert.ThrowsAsync<TimelineApiException>(() => client.SearchAsync("maduro", ["Spaceship"]));
        Assert.Equal("BAD_USER_INPUT", error.Code);
        Assert.Contains("Spaceship", error.Message);
    }

    [Fact]
    public async Task An_entity_comes_with_relations_events_and_statements()
    {
        using var client = Client();
        var venezuela = await client.GetEntityAsync("country:venezuela");
        Assert.Equal("Country", venezuela.Kind);
        Assert.Contains(venezuela.Relations, r => r.Type == "HOLDS_POSITION" && r.Other.Id == "person:delcy-rodriguez"
            && r.Properties["position"] as string == "interim president" && r.ValidFrom?.Precision == DatePrecision.Range);
        var delcy = await client.GetEntityAsync("person:delcy-rodriguez");
        Assert.NotEmpty(delcy.Said);
        Assert.All(delcy.Said, s => Assert.Equal("person:delcy-rodriguez", s.Speaker?.Id));
        Assert.NotEmpty(delcy.Events);
        Assert.All(delcy.Events, e => Assert.NotEmpty(e.Roles));

        var linked = await BrowserColumnAsync(venezuela.ToBrowserCypher(), "other");
        Assert.Contains(linked, o => o is Neo4jNode { } n && n.Properties["id"] as string == "person:delcy-rodriguez");
    }

    [Fact]
    public async Task An_unknown_entity_is_not_found()
    {
        using var client = Client();
        var error = await Assert.ThrowsAsync<TimelineApiException>(() => client.GetEntityAsync("person:nobody-at-all"));
        Assert.Equal("NOT_FOUND", error.Code);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal(["entity"], Assert.Single(error.Errors).Path);
    }

    [Fact]
    public async Task The_timeline_is_paged_through_completely_and_matches_its_browser_cypher()
    {
        using var onePage = Client();
        using var twoAtATime = Client(pageSize: 2);
        var whole = await onePage.TimelineAsync(UsVenezuela, from: "2026-01", to: "2026-01");
        var paged = await twoAtATime.TimelineAsync(new TimelineQuery(UsVenezuela, "2026-01", "2026-01"));
        var streamed = new List<string>();
        await foreach (var item in twoAtATime.StreamTimelineAsync(new TimelineQuery(UsVenezuela, "2026-01", "2026-01")))
            streamed.Add(item.Id);

        var expected = ApiSeed.Timeline(UsVenezuela, "2026-01", "2026-01");
        Assert.True(expected.Count > 2, "the seed's timeline needs several pages of two");
        Assert.Equal(expected, whole.Items.Select(i => i.Id));
        Assert.Equal(expected, paged.Items.Select(i => i.Id));
        Assert.Equal(expected, streamed);
        Assert.Equal(expected, await BrowserColumnAsync(whole.ToBrowserCypher(), "id"));

        var negotiations = whole.Items.Single(i => i.Id == "event:us-venezuela-exploratory-negotiations");
        Assert.Equal(DatePrecision.Range, negotiations.Date!.Precision);
        Assert.Equal(new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero), negotiations.Date.Earliest);
        Assert.Contains(whole.Items, i => i.IsStatement && i.Speaker is not null);
        Assert.All(whole.Items.Where(i => i.IsEvent), i => Assert.NotEmpty(i.Participants));
        Assert.All(whole.Items, i => Assert.NotEmpty(i.Sources));

        var frame = whole.ToDataFrame();
        Assert.Equal(expected.Count, frame.Rows.Count);
        Assert.Equal("RANGE", frame.Columns["precision"][whole.Items.ToList().IndexOf(negotiations)]);
        Assert.Equal(new DateTime(2026, 1, 9, 23, 59, 59), frame.Columns["latest"][whole.Items.ToList().IndexOf(negotiations)]);
    }

    [Fact]
    public async Task A_timeline_with_types_or_without_a_window_matches_its_browser_cypher()
    {
        using var client = Client(pageSize: 7);
        var announcements = await client.TimelineAsync(["country:venezuela"], types: ["Announcement", "Statement"]);
        Assert.Contains(announcements.Items, i => i.Type == "Announcement");
        Assert.Contains(announcements.Items, i => i.IsStatement);
        Assert.All(announcements.Items, i => Assert.Contains(i.Type, new[] { "Announcement", "Statement" }));
        Assert.Equal(announcements.Items.Select(i => i.Id), await BrowserColumnAsync(announcements.ToBrowserCypher(), "id"));

        var december = await client.TimelineAsync(["gov:united-states"], from: "2025-12", to: "2025-12-31");
        Assert.Contains(december.Items, i => i.Id == "event:us-blockade-2025-12" && i.Date!.Precision == DatePrecision.Month);
        Assert.Equal(december.Items.Select(i => i.Id), await BrowserColumnAsync(december.ToBrowserCypher(), "id"));
    }

    [Fact]
    public async Task A_timeline_with_a_bad_date_or_an_unknown_party_fails_with_the_apis_code()
    {
        using var client = Client();
        var badDate = await Assert.ThrowsAsync<TimelineApiException>(() => client.TimelineAsync(UsVenezuela, from: "2026-13"));
        Assert.Equal("BAD_USER_INPUT", badDate.Code);
        var unknown = await Assert.ThrowsAsync<TimelineApiException>(() => client.TimelineAsync(["gov:atlantis"]));
        Assert.Equal("NOT_FOUND", unknown.Code);
    }

    [Fact]
    public async Task Statements_by_trump_come_with_sources_and_match_their_browser_cypher()
    {
        using var client = Client(pageSize: 2);
        var trump = await client.StatementsAsync(speaker: "person:donald-trump");
        Assert.Equal(5, trump.Items.Count);
        Assert.All(trump.Items, s =>
        {
            Assert.Equal("Donald Trump", s.Speaker?.Name);
            Assert.Equal(ApiSeed.SourceId, Assert.Single(s.Sources).SourceId);
        });
        Assert.Equal(trump.Items.Select(s => s.Id), await BrowserColumnAsync(trump.ToBrowserCypher(), "id"));

        var aboutOperation = await client.StatementsAsync(new StatementsQuery(About: "event:us-military-operation-venezuela", From: "2026"));
        Assert.Equal(["stmt:us-admin-law-enforcement-operation", "stmt:us-admin-military-force-on-table"], aboutOperation.Items.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(aboutOperation.Items.Select(s => s.Id), await BrowserColumnAsync(aboutOperation.ToBrowserCypher(), "id"));

        var frame = trump.ToDataFrame();
        Assert.Equal(5, frame.Rows.Count);
        Assert.Equal(trump.Items.Select(s => (object?)s.Text), frame.Columns["text"].Cast<object?>());
    }

    [Fact]
    public async Task Statements_by_an_unknown_speaker_are_not_found()
    {
        using var client = Client();
        var error = await Assert.ThrowsAsync<TimelineApiException>(() => client.StatementsAsync(speaker: "person:nobody-at-all"));
        Assert.Equal("NOT_FOUND", error.Code);
    }

    [Fact]
    public async Task The_tanker_reaches_venezuelas_government_in_four_steps_in_the_api_and_in_browser()
    {
        using var client = Client();
        var path = await client.PathAsync("vessel:fifth-seized-tanker-2026-01-09", "gov:venezuela");
        Assert.True(path.Found);
        Assert.Equal(4, path.Length);
        Assert.Equal("vessel:fifth-seized-tanker-2026-01-09", path.Nodes[0].Id);
        Assert.Equal("gov:venezuela", path.Nodes[^1].Id);
        Assert.Equal(("PARTICIPANT", "target"), (path.Steps[0].Type, path.Steps[0].Role));
        Assert.Contains("—[PARTICIPANT (target)]→", path.ToString());
        Assert.Equal([4L], await BrowserColumnAsync(path.ToBrowserCypher(), "length"));

        var none = await client.PathAsync("vessel:fifth-seized-tanker-2026-01-09", "gov:venezuela", maxHops: 3);
        Assert.False(none.Found);
        Assert.Empty(none.Nodes);
        Assert.Empty(await BrowserColumnAsync(none.ToBrowserCypher(), "length"));
    }

    [Fact]
    public async Task A_path_with_too_many_hops_or_an_unknown_end_fails_with_the_apis_code()
    {
        using var client = Client();
        Assert.Equal("BAD_USER_INPUT", (await Assert.ThrowsAsync<TimelineApiException>(() => client.PathAsync("gov:venezuela", "gov:united-states", maxHops: 99))).Code);
        Assert.Equal("NOT_FOUND", (await Assert.ThrowsAsync<TimelineApiException>(() => client.PathAsync("gov:venezuela", "gov:atlantis"))).Code);
    }

    [Fact]
    public async Task Ingesting_writes_once_reports_validation_errors_and_rejects_a_misshapen_document()
    {
        var source = TestIds.New("src:");
        var person = TestIds.New("person:");
        var evt = TestIds.New("event:");
        try
        {
            using var client = Client();
            var document = $$"""
                { "source": { "id": "{{source}}", "title": "Client test", "published": "2026-02" },
                  "entities": [ { "id": "{{person}}", "kind": "Person", "name": "Client Tester" } ],
                  "events": [ { "id": "{{evt}}", "type": "Meeting", "title": "A meeting", "date": "2026-02",
                                "participants": [ { "entity": "{{person}}", "role": "agent" } ], "excerpt": "They met." } ] }
                """;
            var first = await client.IngestAsync(document);
            Assert.True(first.Ok, string.Join("; ", first.Errors));
            Assert.Equal(source, first.SourceId);
            Assert.True(first.Created > 0);
            var again = await client.IngestAsync(document);
            Assert.True(again.Ok);
            Assert.Equal(0, again.Created);
            Assert.Contains(await BrowserColumnAsync(first.ToBrowserCypher(), "item"), i => i is Neo4jNode n && n.Properties["id"] as string == evt);

            var invalid = await client.IngestAsync(document.Replace("\"Person\"", "\"Spaceship\""));
            Assert.False(invalid.Ok);
            Assert.Contains(invalid.Errors, e => e.Path == "$.entities[0].kind");
            Assert.Equal(["rejected: nothing was written"], await BrowserColumnAsync(invalid.ToBrowserCypher(), "result"));

            var misshapen = await Assert.ThrowsAsync<TimelineApiException>(() => client.IngestAsync("""{ "entities": "not a list" }"""));
            Assert.Equal("BAD_USER_INPUT", misshapen.Code);
        }
        finally
        {
            await Neo4jTestData.DeleteIdsAsync(service.Db, [source, person, evt]);
        }
    }

    [Fact]
    public async Task The_api_key_goes_in_the_configured_header()
    {
        var seen = new List<string?>();
        using var http = new HttpClient(new HeaderSpy(seen, "X-Timeline-Key", service.ApiKey));
        using var client = new TimelineClient(new TimelineClientOptions { Endpoint = service.GraphQLEndpoint, ApiKey = "secret-1", ApiKeyHeader = "X-Timeline-Key" }, http);
        await client.SearchAsync("maduro");
        await client.DownloadExportAsync("/export/statements.csv?speaker=person:donald-trump");
        Assert.Equal(["secret-1", "secret-1"], seen);
    }

    [Fact]
    public async Task Cancellation_stops_a_request_and_an_unreachable_service_has_its_own_code()
    {
        using var client = Client();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.TimelineAsync(new TimelineQuery(UsVenezuela), cancelled.Token));

        using var nowhere = new TimelineClient(new TimelineClientOptions { Endpoint = new Uri($"http://127.0.0.1:{FreePort()}/graphql") });
        Assert.Equal("SERVICE_UNREACHABLE", (await Assert.ThrowsAsync<TimelineApiException>(() => nowhere.SearchAsync("x"))).Code);
    }

    [Fact]
    public async Task Browser_queries_with_every_kind_of_argument_run_on_neo4j()
    {
        // Run through the observed client, these texts are also put through the Cypher 5 check by scripts/test.
        using var client = Client();
        var texts = new[]
        {
            (await client.SearchAsync("rodríguez", ["Person", "Government"])).ToBrowserCypher(),
            (await client.GetEntityAsync("gov:venezuela")).ToBrowserCypher(),
            (await client.TimelineAsync(UsVenezuela, "2026-01", "2026-01-09T12:00Z", ["Seizure", "Statement"])).ToBrowserCypher(),
            (await client.StatementsAsync("person:donald-trump", "person:delcy-rodriguez", "2026", "2026-01-03/2026-01-09")).ToBrowserCypher(),
            (await client.PathAsync("vessel:fifth-seized-tanker-2026-01-09", "gov:venezuela")).ToBrowserCypher(),
            new IngestOutcome(true, "src:x", 1, 0, []).ToBrowserCypher(),
            new IngestOutcome(false, null, 0, 0, [new IngestError("$", "bad")]).ToBrowserCypher(),
        };
        foreach (var text in texts)
            await _browser.RunAsync(text);
        var statements = await BrowserColumnAsync(texts[3], "id");
        Assert.Equal(["stmt:trump-greater-price-threat"], statements);
    }

    private async Task<List<object?>> BrowserColumnAsync(string cypher, string column)
    {
        var result = await _browser.RunAsync(cypher);
        return result.Records.Select(r => r[column]).ToList();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Records one request header on the way to the real service.</summary>
    // Records the configured header, then adds the key the service accepts (its header is X-Api-Key).
    private sealed class HeaderSpy(List<string?> seen, string header, string serviceKey) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.Headers.TryGetValues(header, out var values) ? values.Single() : null);
            request.Headers.Add("X-Api-Key", serviceKey);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
