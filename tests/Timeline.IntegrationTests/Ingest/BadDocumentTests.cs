using System.Text;
using System.Text.Json.Nodes;
using Timeline.Core.Ingest;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>Bad documents are rejected with an error that says what and where, and the graph is exactly as it
/// was before (a full export compared before and after). Runs alone: it compares the whole graph.</summary>
[Collection(WholeGraphCollection.Name)]
public sealed class BadDocumentTests(Neo4jFixture db) : IngestTestBase(db)
{
    [Theory]
    [InlineData("unknown id", "$.events[0].participants[0].entity", "person:nobody")]
    [InlineData("unknown kind", "$.entities[1].kind", "Planet")]
    [InlineData("wrong relation endpoints", "$.relations[0]", "HOLDS_POSITION")]
    [InlineData("malformed date", "$.events[0].date", "2026-02-30")]
    [InlineData("duplicate ids", "$.entities[1].id", "duplicate")]
    [InlineData("missing source", "$.source", "source")]
    public async Task A_bad_document_is_rejected_whole_and_the_graph_is_unchanged(string problem, string path, string mentioned)
    {
        var doc = new TestDocument();
        Owns(doc.Ids);
        Break(doc, problem);
        var before = await ExportAllAsync();

        var result = await Ingestion().IngestAsync(doc.Bytes());

        Assert.False(result.Ok);
        var error = Assert.Single(result.Errors, e => e.Path.StartsWith(path, StringComparison.Ordinal));
        Assert.Contains(mentioned, error.Message + error.Path, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await ExportAllAsync());
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_rejected_before_parsing()
    {
        var doc = new TestDocument();
        Owns(doc.Ids);
        var before = await ExportAllAsync();
        var limits = IngestLimits.Default with { MaxDocumentBytes = 1024 };

        var result = await Ingestion(limits).IngestAsync(doc.Bytes().Concat(Encoding.UTF8.GetBytes(new string(' ', 2048))).ToArray());

        Assert.False(result.Ok);
        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Path);
        Assert.Contains("1,024", error.Message);
        Assert.Equal(before, await ExportAllAsync());
    }

    [Fact]
    public async Task A_document_that_would_change_an_entity_kind_is_rejected_and_nothing_is_written()
    {
        var first = new TestDocument();
        Owns(first.Ids);
        Assert.True((await Ingestion().IngestAsync(first.Bytes())).Ok);
        var second = new TestDocument();
        Owns(second.Ids);
        second.Array("entities")[1]!["id"] = first.Person; // the first document's Person, now as a Country
        second.Array("relations").Clear();
        second.Array("statements").Clear();
        var before = await ExportAllAsync();

        var result = await Ingestion().IngestAsync(second.Bytes());

        Assert.False(result.Ok);
        var error = Assert.Single(result.Errors);
        Assert.Equal("$.entities[1].kind", error.Path);
        Assert.Contains("already in the graph as a Person", error.Message);
        Assert.Equal(before, await ExportAllAsync());
    }

    [Fact]
    public async Task Every_error_is_reported_at_once()
    {
        var doc = new TestDocument();
        Owns(doc.Ids);
        Break(doc, "unknown kind");
        Break(doc, "malformed date");
        Break(doc, "unknown id"); // found only by asking the graph: still reported with the others

        var result = await Ingestion().IngestAsync(doc.Bytes());

        Assert.False(result.Ok);
        Assert.Equal(["$.entities[1].kind", "$.events[0].date", "$.events[0].participants[0].entity"],
            result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal).Distinct());
    }

    private static void Break(TestDocument doc, string problem)
    {
        switch (problem)
        {
            case "unknown id":
                doc.Array("events")[0]!["participants"]![0]!["entity"] = "person:nobody";
                break;
            case "unknown kind":
                doc.Array("entities")[1]!["kind"] = "Planet";
                break;
            case "wrong relation endpoints":
                (doc.Array("relations")[0]!["from"], doc.Array("relations")[0]!["to"]) = (doc.Country, doc.Person);
                break;
            case "malformed date":
                doc.Array("events")[0]!["date"] = "2026-02-30";
                break;
            case "duplicate ids":
                doc.Array("entities")[1]!["id"] = doc.Person;
                break;
            case "missing source":
                doc.Json.Remove("source");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(problem), problem, null);
        }
    }
}
