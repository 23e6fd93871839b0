using System.Text.Json;
using Timeline.IntegrationTests.Api;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Curation;

/// <summary><c>correctFact</c> and <c>withdrawFact</c> on small documents written for the test: sources A (published
/// 2026-01-10, "January") and B (2026-01-20, "the 3rd") report one attack on a country by a person only A names; A also says
/// the country recognises a leader (from 2026-01-05) and quotes the person about the attack; C (later) reports the attack
/// again on the 4th. Expected answers are derived by hand from the documents and the changes.</summary>
public sealed class FactCorrectionTests(CurationFixture api) : IClassFixture<CurationFixture>, IAsyncLifetime
{
    private const string Ingest = "mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok errors { path message } } }";
    private const string Correct = "mutation($id: ID!, $changes: JSON!, $reason: String!) { correctFact(id: $id, changes: $changes, reason: $reason) { ok changeId affected errors { path message } } }";
    private const string Withdraw = "mutation($id: ID!, $reason: String!) { withdrawFact(id: $id, reason: $reason) { ok changeId affected errors { path message } } }";
    private const string Retract = "mutation($id: ID!) { retractSource(id: $id, reason: \"withdrawn by its publisher\") { ok } }";

    private readonly string _a = TestIds.New("src:");
    private readonly string _b = TestIds.New("src:");
    private readonly string _c = TestIds.New("src:");
    private readonly string _country = TestIds.New("country:");
    private readonly string _leader = TestIds.New("person:");
    private readonly string _raider = TestIds.New("person:");
    private readonly string _attack = TestIds.New("event:");
    private readonly string _talks = TestIds.New("event:");
    private readonly string _claim = TestIds.New("stmt:");

    private string Recognition => $"RECOGNIZES:{_country}->{_leader}";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var client = api.Server.CreateClient();
        await Neo4jTestData.DeleteIdsAsync(client, [_a, _b, _c, _country, _leader, _raider, _attack, _talks, _claim]);
    }

    private object DocumentA(bool withRaider = true) => new
    {
        source = new { id = _a, title = "A", published = "2026-01-10" },
        entities = new object[]
        {
            new { id = _country, kind = "Country", name = "Corrigia" },
            new { id = _leader, kind = "Person", name = "Lea Leader" },
            new { id = _raider, kind = "Person", name = withRaider ? "Ray Raider" : "Ray Raider (named again)" },
        },
        events = new object[]
        {
            new
            {
                id = _attack, type = "Attack", title = "Strike on Corrigia", date = "2026-01", excerpt = "a: in January",
                participants = new object[] { new { entity = _country, role = "target" }, new { entity = _raider, role = "agent" } },
            },
        },
        statements = new object[] { new { id = _claim, speaker = _raider, text = "We struck.", date = "2026-01-05", about = new[] { _attack, _country }, excerpt = "a: claim" } },
        relations = new object[] { new { type = "RECOGNIZES", from = _country, to = _leader, validFrom = "2026-01-05", excerpt = "a: recognised" } },
    };

    private object DocumentB() => new
    {
        source = new { id = _b, title = "B", published = "2026-01-20" },
        entities = new object[] { new { id = _country, kind = "Country", name = "Corrigia" } },
        events = new object[]
        {
            new { id = _attack, type = "Attack", title = "Attack on Corrigia", date = "2026-01-03", excerpt = "b: on the 3rd", participants = new object[] { new { entity = _country, role = "target" } } },
        },
    };

    // C reports the attack (naming the raider again) and talks of its own.
    private object DocumentC() => new
    {
        source = new { id = _c, title = "C", published = "2026-01-25" },
        entities = new object[] { new { id = _country, kind = "Country", name = "Corrigia" } },
        events = new object[]
        {
            new
            {
                id = _attack, type = "Attack", title = "Raid on Corrigia", date = "2026-01-04", excerpt = "c: on the 4th",
                participants = new object[] { new { entity = _country, role = "target" }, new { entity = _raider, role = "agent" } },
            },
            new { id = _talks, type = "Meeting", title = "Talks in Corrigia", date = "2026-01-22", participants = new object[] { new { entity = _country, role = "location" } } },
        },
    };

    private async Task IngestAsync(object document)
    {
        var result = (await api.PostAsync(Ingest, new { document })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
    }

    private async Task<JsonElement> CorrectAsync(string id, object changes, string reason = "checked against the article")
    {
        var response = await api.PostAsync(Correct, new { id, changes, reason });
        return response.AssertOk().Data.GetProperty("correctFact");
    }

    private async Task<JsonElement> WithdrawAsync(string id, string reason = "did not happen")
    {
        var response = await api.PostAsync(Withdraw, new { id, reason });
        return response.AssertOk().Data.GetProperty("withdrawFact");
    }

    private static void AssertDone(JsonElement result)
    {
        Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
        Assert.StartsWith("change:", result.GetProperty("changeId").GetString());
    }

    private async Task<List<JsonElement>> TimelineAsync() => (await api.PostAsync("""
        query($id: ID!) { timeline(involving: [$id]) { nodes { ... on Event { id title status date { text } participants { entity { id } role }
          sources { source { id } } dateClaims { date { text } source { id } } statements { id } } } } }
        """, new { id = _country })).AssertOk().Data.GetProperty("timeline").GetProperty("nodes").EnumerateArray()
        .Where(n => n.TryGetProperty("id", out _)).ToList();

    private async Task<JsonElement> AttackAsync() => Assert.Single(await TimelineAsync(), n => n.GetProperty("id").GetString() == _attack);

    private static List<string> Participants(JsonElement evt) =>
        evt.GetProperty("participants").EnumerateArray().Select(p => $"{p.GetProperty("role").GetString()} {p.GetProperty("entity").GetProperty("id").GetString()}")
            .Order(StringComparer.Ordinal).ToList();

    private static List<(string Source, string Date)> DateClaims(JsonElement evt) =>
        evt.GetProperty("dateClaims").EnumerateArray()
            .Select(c => (c.GetProperty("source").GetProperty("id").GetString()!, c.GetProperty("date").GetProperty("text").GetString()!))
            .OrderBy(c => c.Item1, StringComparer.Ordinal).ToList();

    private async Task<List<JsonElement>> HistoryAsync(string id) =>
        (await api.PostAsync("query($id: ID!) { history(id: $id) { nodes { action sourceId actor reason detail } } }", new { id })).AssertOk()
            .Data.GetProperty("history").GetProperty("nodes").EnumerateArray().ToList();

    private async Task<List<(string Outcome, string Actor)>> AuditAsync(string id, string operation)
    {
        await using var db = api.Server.CreateClient();
        var audit = await db.RunAsync("MATCH (a:IngestAudit {sourceId: $id}) WHERE a.operation = $operation RETURN a.outcome AS outcome, a.actor AS actor",
            new Dictionary<string, object?> { ["id"] = id, ["operation"] = operation });
        return audit.Records.Select(r => (r.Get<string>("outcome"), r.Get<string>("actor"))).ToList();
    }

    [Fact]
    public async Task A_corrected_date_wins_over_every_source_and_survives_a_later_ingest_and_a_retraction()
    {
        await IngestAsync(DocumentA());
        await IngestAsync(DocumentB());
        // The sources alone: "January" and "the 3rd" agree on the 3rd.
        Assert.Equal("2026-01-03", (await AttackAsync()).GetProperty("date").GetProperty("text").GetString());

        AssertDone(await CorrectAsync(_attack, new { date = "2026-01-02", status = "called-off" }));

        var attack = await AttackAsync();
        Assert.Equal("2026-01-02", attack.GetProperty("date").GetProperty("text").GetString());
        Assert.Equal("called-off", attack.GetProperty("status").GetString());
        Assert.Equal([(_a, "2026-01"), (_b, "2026-01-03")], DateClaims(attack).OrderBy(c => c.Source == _a ? 0 : 1));

        // A third source on the 4th: its claim is kept, the correction still wins.
        await IngestAsync(DocumentC());
        attack = await AttackAsync();
        Assert.Equal("2026-01-02", attack.GetProperty("date").GetProperty("text").GetString());
        Assert.Equal("called-off", attack.GetProperty("status").GetString()); // over C's, the latest source's: occurred
        Assert.Equal(3, DateClaims(attack).Count);

        // Retracting B rewrites the attack from A and C — with the correction over them.
        Assert.True((await api.PostAsync(Retract, new { id = _b })).AssertOk().Data.GetProperty("retractSource").GetProperty("ok").GetBoolean());
        attack = await AttackAsync();
        Assert.Equal("2026-01-02", attack.GetProperty("date").GetProperty("text").GetString());
        Assert.Equal("called-off", attack.GetProperty("status").GetString());
        Assert.Equal("Strike on Corrigia", attack.GetProperty("title").GetString()); // A, the earliest left, names it
        Assert.Equal([(_a, "2026-01"), (_c, "2026-01-04")], DateClaims(attack).OrderBy(c => c.Source == _a ? 0 : 1));
    }

    [Fact]
    public async Task A_second_correction_merges_into_the_first_and_history_shows_each_with_its_before()
    {
        await IngestAsync(DocumentA());
        AssertDone(await CorrectAsync(_attack, new { title = "Strike on Corrigia (corrected)" }, "misquoted title"));
        AssertDone(await CorrectAsync(_attack, new { description = "As the article tells it.", properties = new { ordinal = 2 } }, "added context"));

        var attack = await AttackAsync();
        Assert.Equal("Strike on Corrigia (corrected)", attack.GetProperty("title").GetString());
        var history = await HistoryAsync(_attack);
        Assert.Equal(["INGESTED", "CORRECTED", "CORRECTED"], history.Select(h => h.GetProperty("action").GetString()));
        var first = history[1];
        Assert.Equal(api.Actor, first.GetProperty("actor").GetString());
        Assert.Equal("misquoted title", first.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("sourceId").ValueKind);
        Assert.Equal("Strike on Corrigia (corrected)", first.GetProperty("detail").GetProperty("changes").GetProperty("title").GetString());
        Assert.Equal("Strike on Corrigia", first.GetProperty("detail").GetProperty("before").GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, history[2].GetProperty("detail").GetProperty("before").GetProperty("description").ValueKind);

        // A description removed again with null; the title stays corrected.
        AssertDone(await CorrectAsync(_attack, new Dictionary<string, object?> { ["description"] = null }));
        await using var db = api.Server.CreateClient();
        var node = (await db.RunAsync("MATCH (e:Event {id: $id}) RETURN e.title AS title, e.description AS description, e.ordinal AS ordinal",
            new Dictionary<string, object?> { ["id"] = _attack })).Single();
        Assert.Equal("Strike on Corrigia (corrected)", node.Get<string>("title"));
        Assert.Null(node.Get<string?>("description"));
        Assert.Equal(2L, node.Get<long>("ordinal"));
    }

    [Fact]
    public async Task A_relation_s_validity_is_corrected_by_its_key()
    {
        await IngestAsync(DocumentA());

        AssertDone(await CorrectAsync(Recognition, new { validTo = "2026-01-20", properties = new { @as = "interim president" } }));

        var relation = Assert.Single((await api.PostAsync("query($id: ID!) { entity(id: $id) { relations { nodes { type validFrom { text } validTo { text } properties } } } }",
            new { id = _leader })).AssertOk().Data.GetProperty("entity").GetProperty("relations").GetProperty("nodes").EnumerateArray());
        Assert.Equal("2026-01-05", relation.GetProperty("validFrom").GetProperty("text").GetString());
        Assert.Equal("2026-01-20", relation.GetProperty("validTo").GetProperty("text").GetString());
        Assert.Equal("interim president", relation.GetProperty("properties").GetProperty("as").GetString());
        Assert.Equal(["INGESTED", "CORRECTED"], (await HistoryAsync(Recognition)).Select(h => h.GetProperty("action").GetString()));

        // Ingesting A again changed (the raider renamed) rewrites the relation from A — the correction still wins.
        await IngestAsync(DocumentA(withRaider: false));
        relation = Assert.Single((await api.PostAsync("query($id: ID!) { entity(id: $id) { relations { nodes { validTo { text } } } } }",
            new { id = _leader })).AssertOk().Data.GetProperty("entity").GetProperty("relations").GetProperty("nodes").EnumerateArray());
        Assert.Equal("2026-01-20", relation.GetProperty("validTo").GetProperty("text").GetString());

        var before = await CorrectAsync(Recognition, new { validFrom = "2026-02" });
        Assert.False(before.GetProperty("ok").GetBoolean());
        Assert.Equal("changes.validFrom", before.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_symmetric_relation_is_found_whichever_way_round_it_is_named()
    {
        var other = TestIds.New("country:");
        try
        {
            await IngestAsync(new
            {
                source = new { id = _a, title = "A", published = "2026-01-10" },
                entities = new object[] { new { id = _country, kind = "Country", name = "Corrigia" }, new { id = other, kind = "Country", name = "Otherland" } },
                relations = new object[] { new { type = "HAS_DIPLOMATIC_RELATIONS_WITH", from = _country, to = other, properties = new { status = "full" } } },
            });
            var (first, second) = string.CompareOrdinal(_country, other) < 0 ? (_country, other) : (other, _country);

            // Named the other way round from how it is stored.
            AssertDone(await CorrectAsync($"HAS_DIPLOMATIC_RELATIONS_WITH:{second}->{first}", new { validTo = "2019", properties = new { status = "severed" } }));

            var relation = Assert.Single((await api.PostAsync("query($id: ID!) { entity(id: $id) { relations { nodes { validTo { text } properties } } } }",
                new { id = _country })).AssertOk().Data.GetProperty("entity").GetProperty("relations").GetProperty("nodes").EnumerateArray());
            Assert.Equal("2019", relation.GetProperty("validTo").GetProperty("text").GetString());
            Assert.Equal("severed", relation.GetProperty("properties").GetProperty("status").GetString());
            Assert.Equal(["INGESTED", "CORRECTED"], (await HistoryAsync($"HAS_DIPLOMATIC_RELATIONS_WITH:{first}->{second}")).Select(h => h.GetProperty("action").GetString()));
        }
        finally
        {
            await using var client = api.Server.CreateClient();
            await Neo4jTestData.DeleteIdsAsync(client, [other]);
        }
    }

    [Fact]
    public async Task Corrected_participants_stand_and_a_re_ingest_naming_a_removed_one_does_not_bring_it_back()
    {
        await IngestAsync(DocumentA());
        await IngestAsync(DocumentB());

        // The raider was not the agent; the leader was present.
        var result = await CorrectAsync(_attack, new { participants = new object[] { new { entity = _country, role = "target" }, new { entity = _leader, role = "participant" } } });
        AssertDone(result);
        Assert.Equal(3, result.GetProperty("affected").GetInt32()); // the attack, the raider's and the leader's participation
        Assert.Equal([$"participant {_leader}", $"target {_country}"], Participants(await AttackAsync()));

        // A changed version of A, and C, both name the raider as agent again: left out.
        await IngestAsync(DocumentA(withRaider: false));
        await IngestAsync(DocumentC());
        Assert.Equal([$"participant {_leader}", $"target {_country}"], Participants(await AttackAsync()));

        // Retracting B and C leaves A's report: the editor's participants still stand.
        await api.PostAsync(Retract, new { id = _b });
        await api.PostAsync(Retract, new { id = _c });
        Assert.Equal([$"participant {_leader}", $"target {_country}"], Participants(await AttackAsync()));
        var history = await HistoryAsync(_raider);
        Assert.Contains("CORRECTED", history.Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task A_withdrawn_event_leaves_every_answer_and_a_later_ingest_naming_it_writes_only_the_rest()
    {
        await IngestAsync(DocumentA());
        await IngestAsync(DocumentB());

        var withdrawn = await WithdrawAsync(_attack, "it was called off");
        AssertDone(withdrawn);
        Assert.Equal(3, withdrawn.GetProperty("affected").GetInt32()); // the attack and its two participations

        Assert.Empty(await TimelineAsync());
        var raider = (await api.PostAsync("query($id: ID!) { entity(id: $id) { events { nodes { id } } said { nodes { id } } } }", new { id = _raider })).AssertOk()
            .Data.GetProperty("entity");
        Assert.Empty(raider.GetProperty("events").GetProperty("nodes").EnumerateArray());
        // The statement about it keeps its other subject.
        var about = (await api.PostAsync("query($id: ID!) { statements(about: $id) { nodes { id } } }", new { id = _country })).AssertOk()
            .Data.GetProperty("statements").GetProperty("nodes").EnumerateArray().Select(s => s.GetProperty("id").GetString());
        Assert.Equal([_claim], about);

        // Withdrawing it again changes nothing.
        var again = await WithdrawAsync(_attack);
        Assert.True(again.GetProperty("ok").GetBoolean());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("changeId").ValueKind);

        // C reports the attack again, with talks of its own: the talks are written, the attack is not.
        await IngestAsync(DocumentC());
        Assert.Equal([_talks], (await TimelineAsync()).Select(n => n.GetProperty("id").GetString()));

        var history = await HistoryAsync(_attack);
        Assert.Equal(["INGESTED", "INGESTED", "WITHDRAWN"], history.Select(h => h.GetProperty("action").GetString()));
        var detail = history[2].GetProperty("detail");
        Assert.Equal("event", detail.GetProperty("kind").GetString());
        Assert.Equal("2026-01-03", detail.GetProperty("was").GetProperty("values").GetProperty("date").GetString());
        Assert.Equal(new[] { _a, _b }.Order(StringComparer.Ordinal),
            detail.GetProperty("was").GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("source").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal([$"agent {_raider}", $"target {_country}"], detail.GetProperty("was").GetProperty("participants").EnumerateArray()
            .Select(p => $"{p.GetProperty("role").GetString()} {p.GetProperty("entity").GetString()}").Order(StringComparer.Ordinal));

        // A withdrawn fact cannot be corrected.
        var refused = await CorrectAsync(_attack, new { title = "x" });
        Assert.False(refused.GetProperty("ok").GetBoolean());
        Assert.Contains("withdrawn", refused.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_withdrawn_relation_is_left_out_of_a_changed_re_ingest()
    {
        await IngestAsync(DocumentA());
        AssertDone(await WithdrawAsync(Recognition, "never recognised"));
        await IngestAsync(DocumentA(withRaider: false));

        var relations = (await api.PostAsync("query($id: ID!) { entity(id: $id) { relations { nodes { type } } } }", new { id = _leader })).AssertOk()
            .Data.GetProperty("entity").GetProperty("relations").GetProperty("nodes");
        Assert.Empty(relations.EnumerateArray());
        Assert.Single(await TimelineAsync()); // the rest of the document is written
    }

    [Fact]
    public async Task A_refused_correction_says_what_and_where_writes_nothing_and_is_audited()
    {
        await IngestAsync(DocumentA());
        await using var db = api.Server.CreateClient();
        async Task<string> StateAsync() => string.Join("|", (await db.RunAsync(
            "MATCH (e:Event {id: $id}) OPTIONAL MATCH (c:Correction {factId: $id}) RETURN e.title AS title, e.date AS date, e.type AS type, count(c) AS corrections",
            new Dictionary<string, object?> { ["id"] = _attack })).Single().Values);
        var state = await StateAsync();

        var refused = await CorrectAsync(_attack, new Dictionary<string, object?>
        {
            ["titel"] = "x", ["date"] = "2026-02-30", ["type"] = "Atack", ["title"] = null,
        });
        Assert.False(refused.GetProperty("ok").GetBoolean());
        var errors = refused.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.Equal(["changes.date", "changes.titel", "changes.title", "changes.type"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Did you mean 'title'?", errors["changes.titel"]);
        Assert.Contains("Did you mean 'Attack'?", errors["changes.type"]);
        Assert.Contains("required", errors["changes.title"]);
        Assert.Contains("February", errors["changes.date"]);

        var unknown = await CorrectAsync(TestIds.New("event:"), new { title = "x" });
        Assert.Equal("id", unknown.GetProperty("errors")[0].GetProperty("path").GetString());
        var empty = await CorrectAsync(_attack, new { });
        Assert.Equal("changes", empty.GetProperty("errors")[0].GetProperty("path").GetString());
        var statementField = await CorrectAsync(_claim, new { title = "x" });
        Assert.Equal("changes.title", statementField.GetProperty("errors")[0].GetProperty("path").GetString());
        var key = await CorrectAsync($"HOLDS_POSITION:{_leader}->{_country}|president", new { validTo = "2026" });
        Assert.Equal("id", key.GetProperty("errors")[0].GetProperty("path").GetString());
        var noParticipant = await CorrectAsync(_attack, new { participants = new object[] { new { entity = TestIds.New("person:"), role = "agent" } } });
        Assert.Equal("changes.participants[0].entity", noParticipant.GetProperty("errors")[0].GetProperty("path").GetString());

        Assert.Equal(state, await StateAsync());
        Assert.Equal(["INGESTED"], (await HistoryAsync(_attack)).Select(h => h.GetProperty("action").GetString()));
        var audit = await AuditAsync(_attack, "correctFact");
        Assert.Equal(3, audit.Count); // the three refusals that named the attack
        Assert.All(audit, a => Assert.Equal(("rejected", api.Actor), a));
    }

    [Fact]
    public async Task Two_concurrent_corrections_of_one_fact_both_land()
    {
        await IngestAsync(DocumentA());

        var results = await Task.WhenAll(
            CorrectAsync(_attack, new { title = "Corrected title" }, "first"),
            CorrectAsync(_attack, new { description = "Corrected description" }, "second"),
            CorrectAsync(_attack, new { status = "planned" }, "third"));
        Assert.All(results, AssertDone);

        await using var db = api.Server.CreateClient();
        var node = (await db.RunAsync("""
            MATCH (e:Event {id: $id}) MATCH (c:Correction {factId: $id})
            RETURN e.title AS title, e.description AS description, e.status AS status, c.values AS values
            """, new Dictionary<string, object?> { ["id"] = _attack })).Single();
        Assert.Equal("Corrected title", node.Get<string>("title"));
        Assert.Equal("Corrected description", node.Get<string>("description"));
        Assert.Equal("planned", node.Get<string>("status"));
        using var values = JsonDocument.Parse(node.Get<string>("values"));
        Assert.Equal(["description", "status", "title"], values.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["INGESTED", "CORRECTED", "CORRECTED", "CORRECTED"], (await HistoryAsync(_attack)).Select(h => h.GetProperty("action").GetString()));
    }
}
