using Timeline.IntegrationTests.Api;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Curation;

/// <summary>Curations of the same facts at the same time serialise: each fact waits for the other's write, so neither
/// retraction's removal of its source is lost.</summary>
public sealed class ConcurrentCurationTests(CurationFixture api) : IClassFixture<CurationFixture>, IAsyncLifetime
{
    private readonly string[] _sources = [TestIds.New("src:"), TestIds.New("src:"), TestIds.New("src:"), TestIds.New("src:")];
    private readonly string _country = TestIds.New("country:");
    private readonly string _event = TestIds.New("event:");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var client = api.Server.CreateClient();
        await Neo4jTestData.DeleteIdsAsync(client, [.. _sources, _country, _event]);
    }

    [Fact]
    public async Task Three_sources_retracted_at_once_leave_the_shared_facts_with_the_fourth_source_only()
    {
        foreach (var source in _sources)
        {
            var ingest = (await api.PostAsync("mutation($d: IngestDocumentInput!) { ingestDocument(document: $d) { ok } }", new
            {
                d = new
                {
                    source = new { id = source, title = source, published = "2026-01-09" },
                    entities = new object[] { new { id = _country, kind = "Country", name = "Sharedland" } },
                    events = new object[] { new { id = _event, type = "Meeting", title = "Meeting", date = "2026-01-05", excerpt = source, participants = new object[] { new { entity = _country, role = "participant" } } } },
                },
            })).AssertOk();
            Assert.True(ingest.Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean(), ingest.Body);
        }

        var retractions = await Task.WhenAll(_sources.Take(3).Select(source =>
            api.PostAsync("mutation($id: ID!) { retractSource(id: $id, reason: \"concurrent test\") { ok } }", new { id = source })));
        Assert.All(retractions, r => Assert.True(r.AssertOk().Data.GetProperty("retractSource").GetProperty("ok").GetBoolean(), r.Body));

        await using var db = api.Server.CreateClient();
        var state = (await db.RunAsync("""
            MATCH (x:Entity {id: $country})-[p:PARTICIPANT]->(e:Event {id: $event})-[r:REPORTED_IN]->()
            RETURN x.sources AS entity, e.sources AS event, p.sources AS participation, count(r) AS reports
            """, new Dictionary<string, object?> { ["country"] = _country, ["event"] = _event })).Single();
        Assert.Equal([_sources[3]], state.Get<List<string>>("entity"));
        Assert.Equal([_sources[3]], state.Get<List<string>>("event"));
        Assert.Equal([_sources[3]], state.Get<List<string>>("participation"));
        Assert.Equal(1L, state.Get<long>("reports"));
    }
}
