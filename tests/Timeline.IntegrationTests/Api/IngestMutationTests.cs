using System.Text.Json;

namespace Timeline.IntegrationTests.Api;

/// <summary><c>ingestDocument</c> runs the CLI's ingestion service: a document file goes unchanged as the variable.</summary>
public sealed class IngestMutationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Mutation = """
        mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok sourceId created updated errors { path message } } }
        """;

    [Fact]
    public async Task The_seed_document_file_is_accepted_unchanged_and_changes_nothing_the_second_time()
    {
        var document = JsonDocument.Parse(SeedDocument.Text).RootElement;
        var result = (await api.PostAsync(Mutation, new { document })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
        Assert.Equal(SeedDocument.SourceId, result.GetProperty("sourceId").GetString());
        Assert.Equal(0, result.GetProperty("created").GetInt32());
        Assert.True(result.GetProperty("updated").GetInt32() > 0);
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Validation_errors_come_back_with_json_paths_and_nothing_is_written()
    {
        var document = new
        {
            source = new { id = "src:api-test-invalid", title = "Invalid", published = "2026-13-45", language = "en" },
            entities = new object[]
            {
                new { id = "api-test:unicorn", kind = "Unicorn", name = "A unicorn" },
            },
            events = new object[]
            {
                new
                {
                    id = "api-test:event", type = "Picnic", title = "Nothing", date = new { earliest = "2026-01-03", latest = "2026-01-08" },
                    participants = new object[] { new { entity = "api-test:missing", role = "agent" } },
                },
            },
        };
        var result = (await api.PostAsync(Mutation, new { document })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.False(result.GetProperty("ok").GetBoolean());
        var paths = result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("$.entities[0].kind", paths);
        Assert.Contains("$.events[0].type", paths);
        Assert.Contains(paths, p => p!.StartsWith("$.source.published", StringComparison.Ordinal));

        var lookup = await api.PostAsync("""{ source(id: "src:api-test-invalid") { id } }""");
        Assert.Equal(["NOT_FOUND"], lookup.ErrorCodes);
    }
}
