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

    [Fact]
    public async Task Opposite_relations_of_one_directed_type_are_two_relations()
    {
        // A opposes B and B opposes A: same type, same ends, no key — only the direction tells them apart.
        var document = new
        {
            source = new { id = "src:api-test-opposes", title = "Mutual opposition", published = "2026-02-01", language = "en" },
            entities = new object[]
            {
                new { id = "org:api-test-opposes-a", kind = "Organization", name = "Opposes A" },
                new { id = "org:api-test-opposes-b", kind = "Organization", name = "Opposes B" },
            },
            relations = new object[]
            {
                new { type = "OPPOSES", from = "org:api-test-opposes-a", to = "org:api-test-opposes-b", excerpt = "A opposes B" },
                new { type = "OPPOSES", from = "org:api-test-opposes-b", to = "org:api-test-opposes-a", excerpt = "B opposes A" },
            },
        };
        var result = (await api.PostAsync(Mutation, new { document })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());

        foreach (var first in new[] { 1, 5 })
        {
            var page = (await api.PostAsync("""
                query($first: Int) { entity(id: "org:api-test-opposes-a") { relations(first: $first) { edges { cursor node { type direction other { id } } } pageInfo { hasNextPage endCursor } } } }
                """, new { first })).AssertOk().Data.GetProperty("entity").GetProperty("relations");
            var seen = page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("direction").GetString()).ToList();
            if (first == 1)
            {
                // The second one is on the next page, after the first one's cursor.
                Assert.Equal(["INCOMING"], seen);
                var after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
                var rest = (await api.PostAsync("""
                    query($after: String) { entity(id: "org:api-test-opposes-a") { relations(first: 5, after: $after) { nodes { direction } } } }
                    """, new { after })).AssertOk().Data.GetProperty("entity").GetProperty("relations").GetProperty("nodes");
                Assert.Equal(["OUTGOING"], rest.EnumerateArray().Select(n => n.GetProperty("direction").GetString()));
            }
            else
            {
                Assert.Equal(["INCOMING", "OUTGOING"], seen);
            }
        }
    }
}
