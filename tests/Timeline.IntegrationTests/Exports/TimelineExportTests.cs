using System.Net;
using System.Text.Json;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.IntegrationTests.Client;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;
using ApiSeed = Timeline.IntegrationTests.Api.SeedDocument;

namespace Timeline.IntegrationTests.Exports;

/// <summary>CSV and TimelineJS downloads of the real service (and the same exports from the CLI): the seed's timeline in
/// order, RFC 4180 quoting of awkward text, TimelineJS dates at their real precision.</summary>
public sealed class TimelineExportTests(LiveService service) : IClassFixture<LiveService>, IAsyncLifetime
{
    private const string UsVenezuelaJanuary = "involving=gov:united-states&involving=gov:venezuela&from=2026-01&to=2026-01";
    private readonly string _source = TestIds.New("src:");
    private readonly string _person = TestIds.New("person:");
    private readonly string _meeting = TestIds.New("event:");
    private readonly string _statement = TestIds.New("stmt:");
    private const string AwkwardTitle = "Talks, \"frank\" and long\r\nsecond line; 100% <done> & dusted";

    public async Task InitializeAsync()
    {
        var document = JsonSerializer.SerializeToUtf8Bytes(new
        {
            source = new { id = _source, title = "Export test", published = "2026-02-03" },
            entities = new[] { new { id = _person, kind = "Person", name = "Exportine Tester" } },
            events = new[] { new { id = _meeting, type = "Meeting", title = AwkwardTitle, date = "2026-02-03T14:30Z",
                participants = new[] { new { entity = _person, role = "agent" } }, excerpt = "They met at 14:30." } },
            statements = new object[] { new { id = _statement, speaker = _person, text = "It went \"well\", mostly.", verbatim = true, about = new[] { _meeting } } },
        });
        await using var client = ProjectCypher.CreateClient(service.Server, nameof(TimelineExportTests));
        var result = await new IngestionService(client, OntologyModel.Default, IngestLimits.Default).IngestAsync(document);
        Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    public Task DisposeAsync() => Neo4jTestData.DeleteIdsAsync(service.Db, [_source, _person, _meeting, _statement]);

    [Fact]
    public async Task The_timeline_csv_holds_the_seeds_timeline_in_order()
    {
        using var http = service.Http();
        using var response = await http.GetAsync("/export/timeline.csv?" + UsVenezuelaJanuary);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("timeline.csv", response.Content.Headers.ContentDisposition?.FileName);
        var rows = Rfc4180.Rows(await response.Content.ReadAsStringAsync());
        Assert.Equal(ApiSeed.Timeline(["gov:united-states", "gov:venezuela"], "2026-01", "2026-01"), rows.Select(r => r["id"]));
        var negotiations = rows.Single(r => r["id"] == "event:us-venezuela-exploratory-negotiations");
        Assert.Equal(("Event", "Negotiation", "2026-01-03/2026-01-09", "RANGE", "2026-01-03T00:00:00Z"),
            (negotiations["kind"], negotiations["type"], negotiations["date"], negotiations["precision"], negotiations["earliest"]));
        Assert.Contains("(gov:venezuela)", negotiations["participants"]);
        Assert.All(rows, r => Assert.Contains(ApiSeed.SourceId, r["sources"]));
        Assert.Contains(rows, r => r["kind"] == "Statement" && r["speaker_id"] == "gov:venezuela");

        var commaSeparated = Rfc4180.Rows(await http.GetStringAsync("/export/timeline.csv?involving=gov:united-states,gov:venezuela&from=2026-01&to=2026-01"));
        Assert.Equal(rows.Select(r => r["id"]), commaSeparated.Select(r => r["id"]));
    }

    [Fact]
    public async Task Awkward_text_survives_rfc_4180_quoting_and_the_cli_writes_the_same_csv()
    {
        using var http = service.Http();
        var csv = await http.GetStringAsync($"/export/timeline.csv?involving={_person}");
        Assert.Contains("\"Talks, \"\"frank\"\" and long\r\nsecond line; 100% <done> & dusted\"", csv);
        var rows = Rfc4180.Rows(csv);
        Assert.Equal([_meeting, _statement], rows.Select(r => r["id"]));
        Assert.Equal(AwkwardTitle, rows[0]["title"]);
        Assert.Equal(("2026-02-03T14:30Z", "TIME"), (rows[0]["date"], rows[0]["precision"]));
        Assert.Equal(("", ""), (rows[1]["date"], rows[1]["precision"]));
        Assert.Equal("It went \"well\", mostly.", rows[1]["text"]);

        var statements = await http.GetStringAsync($"/export/statements.csv?speaker={_person}");
        var statementRow = Assert.Single(Rfc4180.Rows(statements));
        Assert.Equal((_statement, "true", "Exportine Tester"), (statementRow["id"], statementRow["verbatim"], statementRow["speaker"]));
        Assert.Contains(_meeting, statementRow["about"]);

        var cli = await TimelineCli.RunAsync(service.Server.Options, "export", "--format", "csv", "--involving", _person);
        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.Equal(csv, cli.Stdout);
        var cliStatements = await TimelineCli.RunAsync(service.Server.Options, "export", "--format", "csv", "--rows", "statements", "--speaker", _person);
        Assert.Equal(statements, cliStatements.Stdout);
    }

    [Fact]
    public async Task The_statements_csv_lists_everything_trump_said()
    {
        using var http = service.Http();
        var rows = Rfc4180.Rows(await http.GetStringAsync("/export/statements.csv?speaker=person:donald-trump"));
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(("person:donald-trump", "Donald Trump"), (r["speaker_id"], r["speaker"])));
        Assert.Equal(rows.Select(r => (r["earliest"], r["latest"], r["id"])).OrderBy(k => k.Item1, StringComparer.Ordinal)
            .ThenBy(k => k.Item2, StringComparer.Ordinal).ThenBy(k => k.Item3, StringComparer.Ordinal), rows.Select(r => (r["earliest"], r["latest"], r["id"])));
        var secondWave = rows.Single(r => r["id"] == "stmt:trump-second-wave-called-off");
        Assert.Equal(("2026-01-08", "DAY"), (secondWave["date"], secondWave["precision"]));
    }

    [Fact]
    public async Task Timelinejs_json_is_valid_and_keeps_each_dates_precision()
    {
        using var http = service.Http();
        using var response = await http.GetAsync("/export/timelinejs?involving=gov:united-states&from=2025-12&to=2026-01&title=US%20actions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Empty(TimelineJsFormat.Problems(root));
        Assert.Equal("US actions", root.GetProperty("title").GetProperty("text").GetProperty("headline").GetString());
        var slides = root.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("unique_id").GetString()!);
        Assert.Equal(ApiSeed.Timeline(["gov:united-states"], "2025-12", "2026-01"), slides.Keys);

        var blockade = slides["event:us-blockade-2025-12"].GetProperty("start_date");
        Assert.Equal(2025, blockade.GetProperty("year").GetInt32());
        Assert.Equal(12, blockade.GetProperty("month").GetInt32());
        Assert.False(blockade.TryGetProperty("day", out _), "a month-precision event has no day");
        Assert.False(slides["event:us-blockade-2025-12"].TryGetProperty("end_date", out _));

        var abduction = slides["event:maduro-abduction"];
        Assert.Equal((3, 7), (abduction.GetProperty("start_date").GetProperty("day").GetInt32(), abduction.GetProperty("end_date").GetProperty("day").GetInt32()));
        Assert.Equal("Between 3 January 2026 and 7 January 2026", abduction.GetProperty("display_date").GetString());
        Assert.Equal("Abduction", abduction.GetProperty("group").GetString());
        Assert.Contains("Nicolás Maduro", abduction.GetProperty("text").GetProperty("headline").GetString());

        var mine = JsonDocument.Parse(await http.GetStringAsync($"/export/timelinejs?involving={_person}")).RootElement;
        Assert.Empty(TimelineJsFormat.Problems(mine));
        var meeting = Assert.Single(mine.GetProperty("events").EnumerateArray());
        var start = meeting.GetProperty("start_date");
        Assert.Equal((2026, 2, 3, 14, 30), (start.GetProperty("year").GetInt32(), start.GetProperty("month").GetInt32(), start.GetProperty("day").GetInt32(),
            start.GetProperty("hour").GetInt32(), start.GetProperty("minute").GetInt32()));
        Assert.Contains("&lt;done&gt; &amp; dusted", meeting.GetProperty("text").GetProperty("headline").GetString());

        var cli = await TimelineCli.RunAsync(service.Server.Options, "export", "--format", "timelinejs", "--involving", _person);
        Assert.Equal(mine.GetRawText(), JsonDocument.Parse(cli.Stdout).RootElement.GetRawText());
    }

    [Theory]
    [InlineData("/export/timeline.csv?from=2026-13", HttpStatusCode.BadRequest, "BAD_USER_INPUT")]
    [InlineData("/export/timeline.csv?involving=gov:atlantis", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/export/statements.csv?speaker=person:nobody-at-all", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/export/statements.csv?about=event:never-happened", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/export/timelinejs?to=yesterday", HttpStatusCode.BadRequest, "BAD_USER_INPUT")]
    [InlineData("/export/timelinejs?from=2026&from=2025", HttpStatusCode.BadRequest, "BAD_USER_INPUT")]
    public async Task Bad_requests_say_what_is_wrong(string url, HttpStatusCode status, string code)
    {
        using var http = service.Http();
        using var response = await http.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, ExportError.Code(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_cli_reports_unknown_ids_and_bad_dates_and_still_exports_cypher()
    {
        var unknown = await TimelineCli.RunAsync(service.Server.Options, "export", "--format", "timelinejs", "--involving", "gov:atlantis");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("gov:atlantis", unknown.Stderr);
        var badDate = await TimelineCli.RunAsync(service.Server.Options, "export", "--format", "csv", "--from", "2026-13");
        Assert.Equal(1, badDate.ExitCode);
        Assert.Contains("--from", badDate.Stderr);
        var cypher = await TimelineCli.RunAsync(service.Server.Options, "export", "--format", "cypher", "--source", _source);
        Assert.Equal(0, cypher.ExitCode);
        Assert.Contains($"MERGE (n:Event {{id: \"{_meeting}\"}})", cypher.Stdout);
    }
}
