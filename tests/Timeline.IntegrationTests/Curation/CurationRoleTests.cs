using System.Net;
using Timeline.IntegrationTests.Api;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Curation;

/// <summary>Curation needs the editor role: a writer (who may ingest) is refused with FORBIDDEN — retracting a source, correcting or
/// withdrawing a fact — and nothing changes.</summary>
public sealed class CurationRoleTests(ApiFixture writer) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private readonly string _source = TestIds.New("src:");
    private readonly string _country = TestIds.New("country:");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var client = writer.Server.CreateClient();
        await Neo4jTestData.DeleteIdsAsync(client, [_source, _country]);
    }

    [Fact]
    public async Task A_writer_may_ingest_but_not_retract_a_source_nor_correct_or_withdraw_a_fact()
    {
        var ingest = (await writer.PostAsync("mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok } }", new
        {
            document = new
            {
                source = new { id = _source, title = "Roles", published = "2026-02-01" },
                entities = new object[] { new { id = _country, kind = "Country", name = "Roleland" } },
            },
        })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.True(ingest.GetProperty("ok").GetBoolean());

        var refused = await writer.PostAsync("mutation($id: ID!) { retractSource(id: $id, reason: \"test\") { ok } }", new { id = _source });
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        Assert.Contains("it needs role 'editor'", refused.Body);

        foreach (var (name, mutation) in new[]
        {
            ("withdrawFact", "mutation { withdrawFact(id: \"" + _country + "\", reason: \"test\") { ok } }"),
            ("correctFact", "mutation { correctFact(id: \"" + _country + "\", changes: {title: \"x\"}, reason: \"test\") { ok } }"),
        })
        {
            var forbidden = await writer.PostAsync(mutation);
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
            Assert.Equal(["FORBIDDEN"], forbidden.ErrorCodes);
            Assert.Contains($"may not run '{name}'; it needs role 'editor'", forbidden.Body);
        }

        var source = (await writer.PostAsync("query($id: ID!) { source(id: $id) { retracted { at } } entity(id: \"" + _country + "\") { id } }", new { id = _source })).AssertOk().Data;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, source.GetProperty("source").GetProperty("retracted").ValueKind);
    }
}
