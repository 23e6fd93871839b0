using System.Net;
using System.Text.Json;
using Timeline.Core.Audit;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.IntegrationTests.Api;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Curation;

/// <summary>mergeEntities and unmergeEntities through GraphQL, as an editor: a merged id keeps answering (entity(id:) gives
/// the survivor with its own id), history shows the merge, a writer is FORBIDDEN, and two merges into one survivor at once
/// serialise (neither's aliases are lost). Small documents written for the test; expected answers derived by hand.</summary>
public sealed class EntityMergeApiTests(CurationFixture api) : IClassFixture<CurationFixture>, IAsyncLifetime
{
    private const string Ingest = "mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok errors { path message } } }";
    private const string Merge = "mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from, reason: \"same person\") { ok changeId affected errors { path message } } }";
    private const string Unmerge = "mutation($id: ID!) { unmergeEntities(changeId: $id, reason: \"two people\") { ok changeId errors { path message } } }";

    private readonly string _source = TestIds.New("src:");
    private readonly string _later = TestIds.New("src:");
    private readonly string _survivor = TestIds.New("person:");
    private readonly string _old = TestIds.New("person:");
    private readonly string _other = TestIds.New("person:");
    private readonly string _event = TestIds.New("event:");
    private readonly string _laterEvent = TestIds.New("event:");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var client = api.Server.CreateClient();
        await Neo4jTestData.DeleteIdsAsync(client, [_source, _later, _survivor, _old, _other, _event, _laterEvent]);
    }

    private object Document => new
    {
        source = new { id = _source, title = "Merge", published = "2026-02-01" },
        entities = new object[]
        {
            new { id = _survivor, kind = "Person", name = "Ana Example" },
            new { id = _old, kind = "Person", name = "Ana M. Example" },
            new { id = _other, kind = "Person", name = "Ann Example" },
        },
        events = new object[] { new { id = _event, type = "Meeting", title = "Met", date = "2026-02-01", participants = new object[] { new { entity = _old, role = "participant" } } } },
    };

    private async Task PostOkAsync(string query, object variables, string field)
    {
        var result = (await api.PostAsync(query, variables)).AssertOk().Data.GetProperty(field);
        Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
    }

    private async Task<JsonElement> EntityAsync(string id) => (await api.PostAsync(
        "query($id: ID!) { entity(id: $id) { id name aliases events { nodes { id } } } }", new { id })).AssertOk().Data.GetProperty("entity");

    private static IEnumerable<string?> Ids(JsonElement nodes) => nodes.EnumerateArray().Select(e => e.GetProperty("id").GetString()).Order(StringComparer.Ordinal);

    [Fact]
    public async Task A_merged_id_answers_the_survivor_until_the_merge_is_undone()
    {
        await PostOkAsync(Ingest, new { document = Document }, "ingestDocument");
        var merged = (await api.PostAsync(Merge, new { into = _survivor, from = new[] { _old } })).AssertOk().Data.GetProperty("mergeEntities");
        Assert.True(merged.GetProperty("ok").GetBoolean(), merged.ToString());
        Assert.Equal(2, merged.GetProperty("affected").GetInt32()); // the merged entity and its one participation

        var byOldId = await EntityAsync(_old);
        Assert.Equal(_survivor, byOldId.GetProperty("id").GetString());
        Assert.Equal("Ana Example", byOldId.GetProperty("name").GetString());
        Assert.Equal(["Ana M. Example"], byOldId.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([_event], byOldId.GetProperty("events").GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("id").GetString()));

        // A later document that still uses the old id lands on the survivor.
        await PostOkAsync(Ingest, new
        {
            document = new
            {
                source = new { id = _later, title = "Later", published = "2026-02-02" },
                events = new object[] { new { id = _laterEvent, type = "Meeting", title = "Met again", date = "2026-02-02", participants = new object[] { new { entity = _old, role = "participant" } } } },
            },
        }, "ingestDocument");
        Assert.Equal(new[] { _event, _laterEvent }.Order(StringComparer.Ordinal), Ids((await EntityAsync(_survivor)).GetProperty("events").GetProperty("nodes")));

        var history = (await api.PostAsync("query($id: ID!) { history(id: $id) { nodes { action actor reason detail } } }", new { id = _old })).AssertOk().Data
            .GetProperty("history").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["INGESTED", "MERGED", "INGESTED"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("same person", history[1].GetProperty("reason").GetString());

        var unmerged = (await api.PostAsync(Unmerge, new { id = merged.GetProperty("changeId").GetString() })).AssertOk().Data.GetProperty("unmergeEntities");
        Assert.True(unmerged.GetProperty("ok").GetBoolean(), unmerged.ToString());
        var back = await EntityAsync(_old);
        Assert.Equal(_old, back.GetProperty("id").GetString());
        Assert.Equal("Ana M. Example", back.GetProperty("name").GetString());
        Assert.Equal(new[] { _event, _laterEvent }.Order(StringComparer.Ordinal), Ids(back.GetProperty("events").GetProperty("nodes")));
        Assert.Empty((await EntityAsync(_survivor)).GetProperty("events").GetProperty("nodes").EnumerateArray());
    }

    [Fact]
    public async Task A_writer_may_not_merge()
    {
        await PostOkAsync(Ingest, new { document = Document }, "ingestDocument");
        var writer = new ApiFixture();
        await writer.InitializeAsync();
        try
        {
            var refused = await writer.PostAsync(Merge, new { into = _survivor, from = new[] { _old } });
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
            Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        }
        finally
        {
            await writer.DisposeAsync();
        }
        Assert.Equal(_old, (await EntityAsync(_old)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Two_merges_into_one_survivor_at_once_serialise_and_lose_nothing()
    {
        await PostOkAsync(Ingest, new { document = Document }, "ingestDocument");
        await using var client = api.Server.CreateClient();
        var ingestion = new IngestionService(client, OntologyModel.Default, IngestLimits.Default);
        var merge = new EntityMerge(client, ingestion, new IngestAuditLog(client));
        var results = await Task.WhenAll(
            merge.MergeEntitiesAsync(_survivor, [_old], "same", "test:a"),
            merge.MergeEntitiesAsync(_survivor, [_other], "same", "test:b"));
        Assert.All(results, r => Assert.True(r.Ok, string.Join("; ", r.Errors.Select(e => e.Message))));
        var survivor = await EntityAsync(_survivor);
        Assert.Equal(["Ana M. Example", "Ann Example"], survivor.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Order());
        Assert.Equal(_survivor, (await EntityAsync(_other)).GetProperty("id").GetString());
    }
}
