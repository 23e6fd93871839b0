using System.Text.Json;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Api.Reads;

/// <summary>Ingests <see cref="ReadsDocuments"/> (fresh ids per test class) through the API before the tests, deletes them
/// after.</summary>
public abstract class ReadsTestBase(ApiFixture api) : IAsyncLifetime
{
    private const string Mutation = """
        mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok errors { path message } } }
        """;

    protected ApiFixture Api => api;

    internal ReadsDocuments W { get; } = new();

    public async Task InitializeAsync()
    {
        foreach (var document in W.Documents)
        {
            var result = (await api.PostAsync(Mutation, new { document })).AssertOk().Data.GetProperty("ingestDocument");
            Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
        }
    }

    public async Task DisposeAsync()
    {
        await using var client = api.Server.CreateClient();
        await Neo4jTestData.DeleteIdsAsync(client, W.AllIds);
    }

    /// <summary>The <c>id</c> of each element of a list.</summary>
    protected static List<string> Ids(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
}
