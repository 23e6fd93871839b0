using System.Text.Json;
using System.Text.RegularExpressions;
using Timeline.IntegrationTests.Ingest;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Drafting;

/// <summary>The analyst's workflow with the real CLI: <c>timeline draft a.txt … &gt; a.json</c>, edit,
/// <c>timeline ingest a.json</c>.</summary>
public sealed class DraftCliTests(Neo4jFixture db) : IngestTestBase(db)
{
    [Fact]
    public async Task Draft_to_a_file_edit_and_ingest_the_file_as_it_is()
    {
        var article = new TaggedArticle();
        var folder = Directory.CreateTempSubdirectory("timeline-draft-").FullName;
        var text = Path.Combine(folder, "a.txt");
        await File.WriteAllTextAsync(text, article.Text);
        var sourceId = $"src:test-cli-{article.Tag}";

        var drafted = await TimelineCli.RunAsync(Server.Options, "draft", text, "--published", "2026-03-11", "--source-id", sourceId, "--no-graph");

        Assert.True(drafted.ExitCode == 0, drafted.Stderr);
        Assert.Contains("review before `timeline ingest`", drafted.Stderr); // the summary is not in the file
        using var envelope = JsonDocument.Parse(drafted.Stdout);
        Owns(TaggedArticle.IdsOf(envelope.RootElement.GetProperty("document")));
        Assert.All(envelope.RootElement.GetProperty("notes").EnumerateArray(), n => Assert.InRange(n.GetProperty("confidence").GetDouble(), 0, 1));
        // the analyst's edit: a better title
        var edited = drafted.Stdout.Replace("\"title\": \"Tanker seized near", "\"title\": \"Edited: tanker seized near", StringComparison.Ordinal);
        var file = Path.Combine(folder, "a.json");
        await File.WriteAllTextAsync(file, edited);

        var ingested = await TimelineCli.RunAsync(Server.Options, "ingest", file);

        Assert.True(ingested.ExitCode == 0, ingested.Stderr + ingested.Stdout);
        Assert.Contains("a draft: its document", ingested.Stdout);
        var title = await Db.RunAsync("MATCH (s:Source {id: $id}) RETURN s.title AS title", new Dictionary<string, object?> { ["id"] = sourceId });
        Assert.StartsWith("Edited: tanker seized near", title.Records.Single().Get<string>("title"));
    }

    [Fact]
    public async Task A_broken_draft_is_rejected_with_paths_inside_the_draft_file()
    {
        var article = new TaggedArticle();
        var folder = Directory.CreateTempSubdirectory("timeline-draft-").FullName;
        var text = Path.Combine(folder, "a.txt");
        await File.WriteAllTextAsync(text, article.Text);
        var file = Path.Combine(folder, "a.json");

        var drafted = await TimelineCli.RunAsync(Server.Options, "draft", text, "--published", "2026-03-11", "--no-graph", "--out", file);
        Assert.True(drafted.ExitCode == 0, drafted.Stderr);
        var broken = (await File.ReadAllTextAsync(file)).Replace("\"kind\": \"Person\"", "\"kind\": \"Planet\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, broken);

        var ingested = await TimelineCli.RunAsync(Server.Options, "ingest", file);

        // The whole output on failure: a server error here once showed only its first words.
        Assert.True(ingested.ExitCode == 1, ingested.Stderr + ingested.Stdout);
        Assert.True(Regex.IsMatch(ingested.Stderr, @"\$\.document\.entities\[\d+\]\.kind: unknown kind 'Planet'"), ingested.Stderr + ingested.Stdout);
    }

    [Fact]
    public async Task Draft_score_prints_the_corpus_table_and_the_targets()
    {
        var corpus = Path.Combine(Neo4jLocalScript.RepositoryRoot(), "data", "drafting", "corpus");

        var run = await TimelineCli.RunAsync(Server.Options, "draft-score", corpus);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("| **all** |", run.Stdout);
        Assert.Contains("statements F1:", run.Stdout);
    }

    [Fact]
    public async Task A_bad_publication_date_is_one_clear_error()
    {
        var run = await TimelineCli.RunAsync(Server.Options, "draft", "missing.txt", "--published", "9 January");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--published: '9 January' is not a valid date", run.Stderr);
        Assert.Contains("the publication date is a day, YYYY-MM-DD", run.Stderr);
    }


    private static Neo4jTestServer Server => Neo4jTestServer.GetAsync().GetAwaiter().GetResult();
}
