using System.Text.Json;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>The <c>timeline</c> CLI as a user runs it: a real process against the test server.</summary>
public sealed class CliTests(Neo4jFixture db) : IngestTestBase(db)
{
    [Fact]
    public async Task Ingest_of_a_folder_shows_progress_and_a_summary()
    {
        var folder = Directory.CreateTempSubdirectory("timeline-cli-").FullName;
        var docs = new[] { new TestDocument(), new TestDocument() };
        foreach (var doc in docs) Owns(doc.Ids);
        await File.WriteAllBytesAsync(Path.Combine(folder, "a.json"), docs[0].Bytes());
        await File.WriteAllBytesAsync(Path.Combine(folder, "b.json"), docs[1].Bytes());

        var run = await TimelineCli.RunAsync(Server.Options, "ingest", folder);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("[1/2]", run.Stdout);
        Assert.Contains("[2/2]", run.Stdout);
        Assert.Contains("Done: 2 of 2 document(s) loaded", run.Stdout);
    }

    [Fact]
    public async Task Ingest_of_a_bad_document_exits_non_zero_and_lists_every_error_with_its_path()
    {
        var doc = new TestDocument();
        Owns(doc.Ids);
        doc.Array("entities")[1]!["kind"] = "Planet";
        doc.Array("events")[0]!["date"] = "2026-13";
        var file = Path.Combine(Directory.CreateTempSubdirectory("timeline-cli-").FullName, "bad.json");
        await File.WriteAllBytesAsync(file, doc.Bytes());

        var run = await TimelineCli.RunAsync(Server.Options, "ingest", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rejected, nothing written", run.Stderr);
        Assert.Contains("$.entities[1].kind", run.Stderr);
        Assert.Contains("$.events[0].date", run.Stderr);
        var count = await Db.RunAsync("MATCH (n:Entity {id: $id}) RETURN count(n) AS n", new Dictionary<string, object?> { ["id"] = doc.Person });
        Assert.Equal(0L, count.Records[0].Get<long>("n"));
    }

    [Fact]
    public async Task Export_of_one_source_as_json_holds_its_facts_only()
    {
        var doc = new TestDocument();
        Owns(doc.Ids);
        Assert.True((await Ingestion().IngestAsync(doc.Bytes())).Ok);

        var run = await TimelineCli.RunAsync(Server.Options, "export", "--format", "json", "--source", doc.SourceId);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var ids = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("properties").GetProperty("id").GetString()).ToList();
        Assert.Equal(doc.Ids.Order(StringComparer.Ordinal), ids);
        // PARTICIPANT, SAID, ABOUT ×2, HOLDS_POSITION, REPORTED_IN ×2 (event and statement)
        Assert.Equal(7, json.RootElement.GetProperty("relationships").GetArrayLength());
    }

    [Fact]
    public async Task Unreachable_Neo4j_gives_one_clear_line_and_exit_code_1()
    {
        var options = Server.CopyOptions();
        options.Uri = new Uri("http://127.0.0.1:1");

        var run = await TimelineCli.RunAsync(options, "migrate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unreachable", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr); // no stack trace
    }

    private Neo4jTestServer Server => Neo4jTestServer.GetAsync().GetAwaiter().GetResult();
}
