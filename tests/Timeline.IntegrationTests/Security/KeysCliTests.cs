using System.Text.Json;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Api;
using Timeline.IntegrationTests.Ingest;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Security;

/// <summary><c>timeline keys issue|list|revoke</c> as an operator runs them, and the issued key working against the API.</summary>
public sealed class KeysCliTests(SecuredApi api) : IClassFixture<SecuredApi>
{
    [Fact]
    public async Task Issue_prints_the_key_once_list_shows_no_secret_and_revoke_ends_it()
    {
        var name = TestIds.New("cli-key-");
        var issued = await TimelineCli.RunAsync(api.Server.Options, "keys", "issue", "--role", "reader", "--name", name);
        Assert.True(issued.ExitCode == 0, issued.Stderr);
        var key = issued.Stdout.Trim();
        var id = ApiKeyFormat.IdOf(key);
        Assert.NotNull(id);
        try
        {
            Assert.Contains(id, issued.Stderr);
            Assert.Contains("reader", issued.Stderr);
            (await api.PostAsync("""{ search(text: "maduro") { id } }""", apiKey: key)).AssertOk();

            var list = await TimelineCli.RunAsync(api.Server.Options, "keys", "list");
            Assert.True(list.ExitCode == 0, list.Stderr);
            var line = Assert.Single(list.Stdout.Split('\n'), l => l.Contains(name, StringComparison.Ordinal));
            Assert.Contains(id, line);
            Assert.Contains("reader", line);
            Assert.Contains("active", line);
            Assert.DoesNotContain(key, list.Stdout);
            Assert.DoesNotContain(ApiKeyFormat.Hash(key), list.Stdout);

            var revoked = await TimelineCli.RunAsync(api.Server.Options, "keys", "revoke", id);
            Assert.True(revoked.ExitCode == 0, revoked.Stderr);
            Assert.Contains("Revoked", revoked.Stdout);
            var refused = await api.PostAsync("""{ search(text: "maduro") { id } }""", apiKey: key);
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.Status);

            var again = await TimelineCli.RunAsync(api.Server.Options, "keys", "list");
            Assert.Contains("revoked", Assert.Single(again.Stdout.Split('\n'), l => l.Contains(name, StringComparison.Ordinal)));
        }
        finally
        {
            await Neo4jTestData.DeleteIdsAsync(api.Server.Client, [id!]);
        }
    }

    [Fact]
    public async Task An_editor_key_issued_by_the_cli_may_ingest_and_query()
    {
        var name = TestIds.New("cli-editor-");
        var issued = await TimelineCli.RunAsync(api.Server.Options, "keys", "issue", "--role", "editor", "--name", name);
        Assert.True(issued.ExitCode == 0, issued.Stderr);
        var key = issued.Stdout.Trim();
        var id = ApiKeyFormat.IdOf(key);
        Assert.NotNull(id);
        var doc = new TestDocument();
        try
        {
            Assert.Contains("role editor", issued.Stderr);
            var list = await TimelineCli.RunAsync(api.Server.Options, "keys", "list");
            Assert.Contains("editor", Assert.Single(list.Stdout.Split('\n'), l => l.Contains(name, StringComparison.Ordinal)));

            var written = (await api.PostAsync(
                "mutation($d: IngestDocumentInput!) { ingestDocument(document: $d) { ok } }",
                new { d = JsonDocument.Parse(doc.Json.ToJsonString()).RootElement }, apiKey: key)).AssertOk();
            Assert.True(written.Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean(), written.Body);
            var read = (await api.PostAsync("query($id: ID!) { source(id: $id) { id } }", new { id = doc.SourceId }, apiKey: key)).AssertOk();
            Assert.Equal(doc.SourceId, read.Data.GetProperty("source").GetProperty("id").GetString());
        }
        finally
        {
            await Neo4jTestData.DeleteIdsAsync(api.Server.Client, [id!, .. doc.Ids]);
        }
    }

    [Fact]
    public async Task Revoking_an_unknown_id_or_issuing_an_unknown_role_fails_clearly()
    {
        var unknown = await TimelineCli.RunAsync(api.Server.Options, "keys", "revoke", "ffffffffffff");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no API key", unknown.Stderr);

        var badRole = await TimelineCli.RunAsync(api.Server.Options, "keys", "issue", "--role", "admin", "--name", "x");
        Assert.NotEqual(0, badRole.ExitCode);
        Assert.DoesNotContain(ApiKeyFormat.Prefix, badRole.Stdout);
    }
}
