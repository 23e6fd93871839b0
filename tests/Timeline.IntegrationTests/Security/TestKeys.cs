using Timeline.Core.Security;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Security;

/// <summary>API keys a test issues for itself and deletes when it is done (keys are data the test owns). Issued through an
/// observed client, so the key store's Cypher joins the end-of-run Cypher 5 check.</summary>
public sealed class TestKeys(Neo4jTestServer server) : IAsyncDisposable
{
    private readonly Neo4jClient _client = Timeline.Testing.Project.ProjectCypher.CreateClient(server, "api keys");
    private readonly List<string> _ids = [];

    public ApiKeyStore Store => new(_client);

    public async Task<string> IssueAsync(string role, string name = "integration test")
    {
        var (info, key) = await Store.IssueAsync(role, name);
        lock (_ids)
            _ids.Add(info.Id);
        return key;
    }

    public async ValueTask DisposeAsync()
    {
        List<string> ids;
        lock (_ids)
            ids = [.. _ids];
        if (ids.Count > 0)
        {
            await server.Client.RunAsync("UNWIND $ids AS id MATCH (k:ApiKey {id: id}) DETACH DELETE k",
                new Dictionary<string, object?> { ["ids"] = ids });
        }
        await _client.DisposeAsync();
    }
}
