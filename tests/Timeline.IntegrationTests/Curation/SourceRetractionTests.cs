using System.Text.Json;
using Timeline.IntegrationTests.Api;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Curation;

/// <summary>Provenance per fact and the retraction of a source, on two small documents written for the test: source A (the
/// earlier) and source B report the same attack; A alone names a person, a statement and a recognition's title. Expected
/// answers are derived by hand from the two documents.</summary>
public sealed class SourceRetractionTests(CurationFixture api) : IClassFixture<CurationFixture>, IAsyncLifetime
{
    private const string Ingest = "mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok errors { path message } } }";
    private const string Retract = "mutation($id: ID!, $reason: String!) { retractSource(id: $id, reason: $reason) { ok changeId affected errors { path message } } }";
    private const string Reinstate = "mutation($id: ID!, $reason: String!) { reinstateSource(id: $id, reason: $reason) { ok changeId affected errors { path message } } }";

    private readonly string _a = TestIds.New("src:");
    private readonly string _b = TestIds.New("src:");
    private readonly string _country = TestIds.New("country:");
    private readonly string _leader = TestIds.New("person:");
    private readonly string _onlyA = TestIds.New("person:");
    private readonly string _attack = TestIds.New("event:");
    private readonly string _claim = TestIds.New("stmt:");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var client = api.Server.CreateClient();
        await Neo4jTestData.DeleteIdsAsync(client, [_a, _b, _country, _leader, _onlyA, _attack, _claim]);
    }

    private object DocumentA(string title = "A") => new
    {
        source = new { id = _a, title, published = "2026-01-10" },
        entities = new object[]
        {
            new { id = _country, kind = "Country", name = "Testland" },
            new { id = _leader, kind = "Person", name = "Lea Leader", aliases = new[] { "Lea" } },
            new { id = _onlyA, kind = "Person", name = "Only A" },
        },
        events = new object[]
        {
            new
            {
                id = _attack, type = "Attack", title = "Strike on Testland", date = "2026-01", description = "As A tells it.", excerpt = "a: in January",
                participants = new object[] { new { entity = _country, role = "target" }, new { entity = _onlyA, role = "agent" } },
            },
        },
        statements = new object[] { new { id = _claim, speaker = _onlyA, text = "We did it.", date = "2026-01-05", about = new[] { _attack }, excerpt = "a: claim" } },
        relations = new object[] { new { type = "RECOGNIZES", from = _country, to = _leader, properties = new { @as = "president" }, excerpt = "a: recognised" } },
    };

    private object DocumentB(string date = "2026-01-03") => new
    {
        source = new { id = _b, title = "B", published = "2026-01-20" },
        entities = new object[]
        {
            new { id = _country, kind = "Country", name = "Testland" },
            new { id = _leader, kind = "Person", name = "Lea Leader", aliases = new[] { "L. Leader" } },
        },
        events = new object[]
        {
            new { id = _attack, type = "Attack", title = "Attack on Testland", date, excerpt = "b: on the 3rd", participants = new object[] { new { entity = _country, role = "target" } } },
        },
        relations = new object[] { new { type = "RECOGNIZES", from = _country, to = _leader, excerpt = "b: recognised" } },
    };

    private async Task IngestAsync(object document)
    {
        var result = (await api.PostAsync(Ingest, new { document })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
    }

    // The test's one event, read from the country's timeline (no root field reads an event by id).
    private async Task<JsonElement> AttackAsync() => Assert.Single(await TimelineAsync(), n => n.TryGetProperty("id", out _));

    private async Task<List<JsonElement>> TimelineAsync() => (await api.PostAsync("""
        query($id: ID!) { timeline(involving: [$id], types: ["Attack", "Meeting"]) { nodes { ... on Event { id title description date { text } participants { entity { id } role }
          sources { excerpt source { id } } dateClaims { date { text } excerpt source { id } } statements { id } } } } }
        """, new { id = _country })).AssertOk().Data.GetProperty("timeline").GetProperty("nodes").EnumerateArray().ToList();

    private async Task<JsonElement> LeaderAsync() => (await api.PostAsync("""
        query($id: ID!) { entity(id: $id) { aliases relations { nodes { type other { id } properties sources { excerpt source { id } } } } } }
        """, new { id = _leader })).AssertOk().Data.GetProperty("entity");

    private async Task<JsonElement> CurateAsync(string mutation, string id, string reason = "withdrawn by its publisher")
    {
        var response = await api.PostAsync(mutation, new { id, reason });
        return response.AssertOk().Data.EnumerateObject().Single().Value;
    }

    private static List<(string Source, string? Excerpt)> Sources(JsonElement fact) =>
        fact.GetProperty("sources").EnumerateArray().Select(s => (s.GetProperty("source").GetProperty("id").GetString()!, s.GetProperty("excerpt").GetString())).ToList();

    private async Task<List<string>> HistoryAsync(string id) =>
        (await api.PostAsync("query($id: ID!) { history(id: $id) { totalCount nodes { action sourceId actor reason } } }", new { id })).AssertOk()
            .Data.GetProperty("history").GetProperty("nodes").EnumerateArray()
            .Select(n => $"{n.GetProperty("action").GetString()} {n.GetProperty("sourceId").GetString()}").ToList();

    [Fact]
    public async Task Each_source_keeps_its_own_date_and_a_later_vaguer_report_replaces_neither_date_nor_description()
    {
        await IngestAsync(DocumentB());
        await IngestAsync(DocumentA());

        var attack = await AttackAsync();
        Assert.Equal("2026-01-03", attack.GetProperty("date").GetProperty("text").GetString());
        Assert.Equal("As A tells it.", attack.GetProperty("description").GetString());
        Assert.Equal("Strike on Testland", attack.GetProperty("title").GetString()); // the earlier-published source names it
        var claims = attack.GetProperty("dateClaims").EnumerateArray()
            .Select(c => (c.GetProperty("source").GetProperty("id").GetString()!, c.GetProperty("date").GetProperty("text").GetString()!, c.GetProperty("excerpt").GetString()!))
            .OrderBy(c => c.Item1, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { (_a, "2026-01", "a: in January"), (_b, "2026-01-03", "b: on the 3rd") }.OrderBy(c => c.Item1, StringComparer.Ordinal), claims);
    }

    [Fact]
    public async Task Each_sources_own_values_stay_visible_as_its_claim_whatever_the_answer_shows()
    {
        await IngestAsync(DocumentA());
        await IngestAsync(DocumentB());

        var claims = (await api.PostAsync("""
            query($id: ID!) { timeline(involving: [$id], types: ["Attack"]) { nodes { ... on Event { title claims { source { id } excerpt values } } } } }
            """, new { id = _country })).AssertOk().Data.GetProperty("timeline").GetProperty("nodes")[0].GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("source").GetProperty("id").GetString()!, c => (Excerpt: c.GetProperty("excerpt").GetString(), Values: c.GetProperty("values").ToString()));
        // Derived by hand from the two documents: the answer's title is A's (the earlier published); B's own stays here.
        Assert.Equal(("a: in January", """{"date":"2026-01","description":"As A tells it.","status":"occurred","title":"Strike on Testland","type":"Attack"}"""), claims[_a]);
        Assert.Equal(("b: on the 3rd", """{"date":"2026-01-03","status":"occurred","title":"Attack on Testland","type":"Attack"}"""), claims[_b]);
    }

    [Fact]
    public async Task Sources_that_disagree_on_the_day_give_the_range_between_them()
    {
        await IngestAsync(DocumentA());
        await IngestAsync(DocumentB(date: "2026-02-02"));

        Assert.Equal("2026-01/2026-02-02", (await AttackAsync()).GetProperty("date").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Retracting_a_source_removes_what_only_it_said_and_keeps_the_rest_with_the_other_sources_excerpts()
    {
        await IngestAsync(DocumentA());
        await IngestAsync(DocumentB());

        var retraction = await CurateAsync(Retract, _a);
        Assert.True(retraction.GetProperty("ok").GetBoolean(), retraction.ToString());
        Assert.StartsWith("change:", retraction.GetProperty("changeId").GetString());
        Assert.True(retraction.GetProperty("affected").GetInt32() >= 6, retraction.ToString()); // attack, claim, 3 entities, the recognition

        var attack = await AttackAsync();
        Assert.Equal([(_b, "b: on the 3rd")], Sources(attack));
        Assert.Equal("2026-01-03", attack.GetProperty("date").GetProperty("text").GetString());
        Assert.Equal("Attack on Testland", attack.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, attack.GetProperty("description").ValueKind);
        Assert.Equal([_country], attack.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("entity").GetProperty("id").GetString()));
        Assert.Empty(attack.GetProperty("statements").EnumerateArray());

        Assert.Equal(["NOT_FOUND"], (await api.PostAsync("query($id: ID!) { entity(id: $id) { id } }", new { id = _onlyA })).ErrorCodes);

        var leader = await LeaderAsync();
        Assert.Equal(["L. Leader"], leader.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var recognition = Assert.Single(leader.GetProperty("relations").GetProperty("nodes").EnumerateArray());
        Assert.Equal([(_b, "b: recognised")], Sources(recognition));
        Assert.False(recognition.GetProperty("properties").TryGetProperty("as", out _)); // only A said "president"

        var source = (await api.PostAsync("query($id: ID!) { source(id: $id) { retracted { at actor reason } events { nodes { id } } } }", new { id = _a })).AssertOk()
            .Data.GetProperty("source");
        Assert.Equal("withdrawn by its publisher", source.GetProperty("retracted").GetProperty("reason").GetString());
        Assert.Equal(api.Actor, source.GetProperty("retracted").GetProperty("actor").GetString());
        Assert.Empty(source.GetProperty("events").GetProperty("nodes").EnumerateArray());
    }

    [Fact]
    public async Task A_retracted_source_cannot_be_ingested_again_until_it_is_reinstated_which_restores_what_it_said()
    {
        await IngestAsync(DocumentA());
        await IngestAsync(DocumentB());
        Assert.True((await CurateAsync(Retract, _a)).GetProperty("ok").GetBoolean());

        var again = (await api.PostAsync(Ingest, new { document = DocumentA() })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.False(again.GetProperty("ok").GetBoolean());
        var error = Assert.Single(again.GetProperty("errors").EnumerateArray());
        Assert.Equal("$.source.id", error.GetProperty("path").GetString());
        Assert.Contains("was retracted", error.GetProperty("message").GetString());
        Assert.Contains("reinstateSource", error.GetProperty("message").GetString());

        var reinstated = await CurateAsync(Reinstate, _a, "the publisher restored it");
        Assert.True(reinstated.GetProperty("ok").GetBoolean(), reinstated.ToString());

        var attack = await AttackAsync();
        Assert.Equal("As A tells it.", attack.GetProperty("description").GetString());
        Assert.Equal(new[] { _a, _b }.Order(StringComparer.Ordinal), Sources(attack).Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.Equal([_claim], attack.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var source = (await api.PostAsync("query($id: ID!) { source(id: $id) { retracted { at } } }", new { id = _a })).AssertOk().Data.GetProperty("source");
        Assert.Equal(JsonValueKind.Null, source.GetProperty("retracted").ValueKind);

        Assert.Equal([$"INGESTED {_a}", $"INGESTED {_b}", $"RETRACTED {_a}", $"REINSTATED {_a}"], await HistoryAsync(_attack));
        Assert.Equal([$"INGESTED {_a}", $"RETRACTED {_a}", $"REINSTATED {_a}"], await HistoryAsync(_onlyA));
    }

    [Fact]
    public async Task A_changed_version_of_a_source_replaces_what_the_old_one_said()
    {
        await IngestAsync(DocumentA());
        await IngestAsync(new
        {
            source = new { id = _a, title = "A, corrected", published = "2026-01-10" },
            entities = new object[] { new { id = _country, kind = "Country", name = "Testland" }, new { id = _leader, kind = "Person", name = "Lea Leader" } },
            relations = new object[] { new { type = "RECOGNIZES", from = _country, to = _leader, excerpt = "a: recognised" } },
        });

        var leader = await LeaderAsync();
        Assert.Empty(leader.GetProperty("aliases").EnumerateArray());
        var recognition = Assert.Single(leader.GetProperty("relations").GetProperty("nodes").EnumerateArray());
        Assert.False(recognition.GetProperty("properties").TryGetProperty("as", out _));
        Assert.Empty(await TimelineAsync());
        Assert.Equal([$"INGESTED {_a}", $"INGESTED {_a}"], await HistoryAsync(_leader));
    }

    [Fact]
    public async Task A_changed_version_keeps_what_other_sources_link_to_the_facts_it_says_again()
    {
        var c = TestIds.New("src:");
        var meeting = TestIds.New("event:");
        var remark = TestIds.New("stmt:");
        try
        {
            await IngestAsync(DocumentA());
            // C names no entity of its own: its meeting's participant and its statement's subject are A's.
            await IngestAsync(new
            {
                source = new { id = c, title = "C", published = "2026-01-12" },
                events = new object[] { new { id = meeting, type = "Meeting", title = "Talks", date = "2026-01-11", participants = new object[] { new { entity = _onlyA, role = "participant" }, new { entity = _country, role = "location" } } } },
                statements = new object[] { new { id = remark, speaker = _country, text = "About the strike.", date = "2026-01-12", about = new[] { _attack } } },
            });
            await IngestAsync(DocumentA(title: "A, second version"));

            var nodes = await TimelineAsync();
            var talks = nodes.Single(n => n.GetProperty("id").GetString() == meeting);
            Assert.Contains(_onlyA, talks.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("entity").GetProperty("id").GetString()));
            var attack = nodes.Single(n => n.GetProperty("id").GetString() == _attack);
            Assert.Contains(remark, attack.GetProperty("statements").EnumerateArray().Select(st => st.GetProperty("id").GetString()));
        }
        finally
        {
            await using var client = api.Server.CreateClient();
            await Neo4jTestData.DeleteIdsAsync(client, [c, meeting, remark]);
        }
    }

    [Fact]
    public async Task Retracting_an_unknown_source_or_without_a_reason_is_refused_and_writes_nothing()
    {
        await IngestAsync(DocumentA());

        var unknown = await CurateAsync(Retract, TestIds.New("src:"));
        Assert.False(unknown.GetProperty("ok").GetBoolean());
        Assert.Equal("id", unknown.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Contains("No source", unknown.GetProperty("errors")[0].GetProperty("message").GetString());

        var noReason = await CurateAsync(Retract, _a, reason: "  ");
        Assert.False(noReason.GetProperty("ok").GetBoolean());
        Assert.Equal("reason", noReason.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal([$"INGESTED {_a}"], await HistoryAsync(_attack));
    }
}
