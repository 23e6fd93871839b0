using System.Net;
using System.Text.Json;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Ingest;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Security;

/// <summary>Every ingest — mutation or CLI, written or rejected — leaves an <c>(:IngestAudit)</c> record, in its own transaction;
/// audit and key nodes stay out of exports, search and paths.</summary>
public sealed class AuditTests(SecuredApi api) : IClassFixture<SecuredApi>
{
    private const string Mutation = "mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok created updated errors { path } } }";

    [Fact]
    public async Task A_written_document_is_audited_with_the_key_id_and_counts()
    {
        var doc = new TestDocument();
        try
        {
            var result = (await api.PostAsync(Mutation, new { document = Variable(doc) }, apiKey: api.WriterKey)).AssertOk()
                .Data.GetProperty("ingestDocument");
            Assert.True(result.GetProperty("ok").GetBoolean());
            var audit = Assert.Single(await AuditsOf(doc.SourceId));
            Assert.Equal("key:" + ApiKeyFormat.IdOf(api.WriterKey), audit["actor"]);
            Assert.Equal("ok", audit["outcome"]);
            Assert.Equal((long)result.GetProperty("created").GetInt32(), audit["created"]);
            Assert.Equal((long)result.GetProperty("updated").GetInt32(), audit["updated"]);
            Assert.Equal(0L, audit["errorCount"]);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", (string)audit["at"]!);
            Assert.StartsWith("audit:", (string)audit["id"]!, StringComparison.Ordinal);
        }
        finally
        {
            await Cleanup(doc);
        }
    }

    [Fact]
    public async Task A_rejected_document_writes_nothing_but_its_audit_record()
    {
        var doc = new TestDocument();
        doc.Array("entities")[1]!["kind"] = "Planet";
        doc.Array("events")[0]!["participants"]!.AsArray()[0]!["entity"] = "person:test-nobody-at-all";
        try
        {
            var result = (await api.PostAsync(Mutation, new { document = Variable(doc) }, apiKey: api.WriterKey)).AssertOk()
                .Data.GetProperty("ingestDocument");
            Assert.False(result.GetProperty("ok").GetBoolean());
            var errors = result.GetProperty("errors").GetArrayLength();
            Assert.True(errors >= 1);

            Assert.Equal(0L, (await api.Server.Client.RunAsync("UNWIND $ids AS id MATCH (n {id: id}) RETURN count(n) AS n",
                new Dictionary<string, object?> { ["ids"] = doc.Ids.ToList() })).Single().Get<long>("n"));
            var audit = Assert.Single(await AuditsOf(doc.SourceId));
            Assert.Equal("rejected", audit["outcome"]);
            Assert.Equal((long)errors, audit["errorCount"]);
            Assert.Equal(0L, audit["created"]);
        }
        finally
        {
            await Cleanup(doc);
        }
    }

    [Fact]
    public async Task A_document_refused_by_the_graph_inside_its_transaction_is_audited_as_rejected()
    {
        var first = new TestDocument();
        var clash = new TestDocument();
        // Valid on its own, but the graph already knows first.Person as a Person: the write transaction finds the conflict.
        clash.Array("entities")[1]!["id"] = first.Person;
        clash.Array("relations").Clear();
        clash.Array("statements")[0]!["about"] = new System.Text.Json.Nodes.JsonArray(clash.Event);
        try
        {
            (await api.PostAsync(Mutation, new { document = Variable(first) }, apiKey: api.WriterKey)).AssertOk();
            var result = (await api.PostAsync(Mutation, new { document = Variable(clash) }, apiKey: api.WriterKey)).AssertOk()
                .Data.GetProperty("ingestDocument");
            Assert.False(result.GetProperty("ok").GetBoolean(), result.ToString());
            Assert.Equal("rejected", Assert.Single(await AuditsOf(clash.SourceId))["outcome"]);
            Assert.Equal(0L, (await api.Server.Client.RunAsync("MATCH (s:Source {id: $id}) RETURN count(s) AS n",
                new Dictionary<string, object?> { ["id"] = clash.SourceId })).Single().Get<long>("n"));
        }
        finally
        {
            await Cleanup(first);
            await Cleanup(clash);
        }
    }

    [Fact]
    public async Task The_cli_audits_as_cli_user()
    {
        var doc = new TestDocument();
        var file = Path.Combine(Directory.CreateTempSubdirectory("timeline-audit-").FullName, "doc.json");
        await File.WriteAllBytesAsync(file, doc.Bytes());
        try
        {
            var run = await TimelineCli.RunAsync(api.Server.Options, "ingest", file);
            Assert.True(run.ExitCode == 0, run.Stderr);
            var audit = Assert.Single(await AuditsOf(doc.SourceId));
            Assert.Equal("cli:" + Environment.UserName, audit["actor"]);
            Assert.Equal("ok", audit["outcome"]);
        }
        finally
        {
            await Cleanup(doc);
        }
    }

    [Fact]
    public async Task Audit_and_key_nodes_stay_out_of_exports_search_and_paths()
    {
        var doc = new TestDocument();
        try
        {
            (await api.PostAsync(Mutation, new { document = Variable(doc) }, apiKey: api.WriterKey)).AssertOk();
            // A key named like an entity, and an audit record naming the source: neither may surface anywhere.
            await api.Keys.IssueAsync(ApiKeyRole.Reader, "Nicolás Tester");

            var export = await TimelineCli.RunAsync(api.Server.Options, "export", "--format", "json");
            Assert.True(export.ExitCode == 0, export.Stderr);
            using (var json = JsonDocument.Parse(export.Stdout))
            {
                var labels = json.RootElement.GetProperty("nodes").EnumerateArray()
                    .SelectMany(n => n.GetProperty("labels").EnumerateArray().Select(l => l.GetString())).ToHashSet();
                Assert.DoesNotContain("ApiKey", labels);
                Assert.DoesNotContain("IngestAudit", labels);
                Assert.DoesNotContain("SchemaMigration", labels);
            }
            var sourceExport = await TimelineCli.RunAsync(api.Server.Options, "export", "--format", "cypher", "--source", doc.SourceId);
            Assert.DoesNotContain("IngestAudit", sourceExport.Stdout);
            Assert.DoesNotContain("ApiKey", sourceExport.Stdout);

            var search = (await api.PostAsync("""query($t: String!) { search(text: $t, first: 50) { id kind } }""", new { t = "Nicolás Tester" },
                apiKey: api.ReaderKey)).AssertOk().Data.GetProperty("search").EnumerateArray().ToList();
            Assert.All(search, r => Assert.StartsWith("person:", r.GetProperty("id").GetString(), StringComparison.Ordinal));

            var audit = (string)Assert.Single(await AuditsOf(doc.SourceId))["id"]!;
            var path = await api.PostAsync("query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length } }", new { a = audit, b = doc.Person },
                apiKey: api.ReaderKey);
            Assert.Equal(HttpStatusCode.OK, path.Status);
            Assert.Equal(["NOT_FOUND"], path.ErrorCodes);
        }
        finally
        {
            await Cleanup(doc);
        }
    }

    private static JsonElement Variable(TestDocument doc) => JsonDocument.Parse(doc.Json.ToJsonString()).RootElement;

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> AuditsOf(string sourceId) =>
        (await api.Server.Client.RunAsync("MATCH (a:IngestAudit {sourceId: $id}) RETURN properties(a) AS props ORDER BY a.at",
            new Dictionary<string, object?> { ["id"] = sourceId })).Records.Select(r => r.Get<IReadOnlyDictionary<string, object?>>("props")).ToList();

    private async Task Cleanup(TestDocument doc)
    {
        await Neo4jTestData.DeleteIdsAsync(api.Server.Client, doc.Ids);
        await api.Server.Client.RunAsync("MATCH (a:IngestAudit {sourceId: $id}) DELETE a", new Dictionary<string, object?> { ["id"] = doc.SourceId });
    }
}
