using System.Text.Json;
using Timeline.IntegrationTests.Api;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Curation;

/// <summary>A changed version of a source that no longer defines a fact its old version defined, but still refers to it by id
/// (a relation end, an <c>about</c> target): the fact stays, and what the new version says of it is written. Source S's
/// version 1 defines a country, a person, an attack and a remark; version 2 defines only the country and refers to the rest.
/// Expected answers are derived by hand from the documents.
///
/// The graph after a changed version is what ingesting version 2 alone (after the other sources) would give — except that
/// a fact version 2 still refers to, which no other source supports, is not lost: it stays as version 1 left it, with S
/// still among its sources (S names it; nothing else does). One other sources support loses S's support as usual.</summary>
public sealed class ChangedVersionReferenceTests(CurationFixture api) : IClassFixture<CurationFixture>, IAsyncLifetime
{
    private const string Ingest = "mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok errors { path message } } }";
    private const string Retract = "mutation($id: ID!) { retractSource(id: $id, reason: \"withdrawn\") { ok errors { path message } } }";
    private const string Merge = "mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from, reason: \"same person\") { ok changeId errors { path message } } }";
    private const string Unmerge = "mutation($id: ID!) { unmergeEntities(changeId: $id, reason: \"two people\") { ok errors { path message } } }";

    private readonly string _s = TestIds.New("src:");
    private readonly string _t = TestIds.New("src:");
    private readonly string _country = TestIds.New("country:");
    private readonly string _person = TestIds.New("person:");
    private readonly string _dropped = TestIds.New("person:");
    private readonly string _attack = TestIds.New("event:");
    private readonly string _remark = TestIds.New("stmt:");
    private readonly string _reply = TestIds.New("stmt:");
    private readonly string _u = TestIds.New("src:");
    private readonly string _m = TestIds.New("src:");
    private readonly string _survivor = TestIds.New("person:");
    private readonly string _merged = TestIds.New("person:");
    private readonly string _meeting = TestIds.New("event:");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var client = api.Server.CreateClient();
        await Neo4jTestData.DeleteIdsAsync(client, [_s, _t, _u, _m, _country, _person, _dropped, _attack, _remark, _reply, _survivor, _merged, _meeting]);
    }

    // Version 1 defines everything it speaks of; _dropped is one thing version 2 no longer names at all.
    private object Version1 => new
    {
        source = new { id = _s, title = "S", published = "2026-01-10" },
        entities = new object[]
        {
            new { id = _country, kind = "Country", name = "Testland" },
            new { id = _person, kind = "Person", name = "Pat Person", aliases = new[] { "Pat" }, description = "As v1 tells it." },
            new { id = _dropped, kind = "Person", name = "Dropped Person" },
        },
        events = new object[]
        {
            new
            {
                id = _attack, type = "Attack", title = "Strike on Testland", date = "2026-01-05", excerpt = "v1: the strike",
                participants = new object[] { new { entity = _country, role = "target" }, new { entity = _person, role = "agent" } },
            },
        },
        statements = new object[] { new { id = _remark, speaker = _country, text = "We were struck.", date = "2026-01-06", about = new[] { _country }, excerpt = "v1: remark" } },
        relations = new object[]
        {
            new { type = "RECOGNIZES", from = _country, to = _person, excerpt = "v1: recognised" },
            new { type = "RECOGNIZES", from = _country, to = _dropped, excerpt = "v1: recognised too" },
        },
    };

    // Version 2 defines only the country: the person, the attack and the remark are referred to by id.
    private object Version2 => new
    {
        source = new { id = _s, title = "S, second version", published = "2026-01-10" },
        entities = new object[] { new { id = _country, kind = "Country", name = "Testland" } },
        statements = new object[] { new { id = _reply, speaker = _country, text = "As we said.", date = "2026-01-07", about = new[] { _attack, _remark }, excerpt = "v2: reply" } },
        relations = new object[] { new { type = "RECOGNIZES", from = _country, to = _person, properties = new { @as = "president" }, excerpt = "v2: recognised" } },
    };

    private async Task IngestAsync(object document)
    {
        var result = (await api.PostAsync(Ingest, new { document })).AssertOk().Data.GetProperty("ingestDocument");
        Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
    }

    private async Task<JsonElement?> EntityAsync(string id)
    {
        var response = await api.PostAsync("""
            query($id: ID!) { entity(id: $id) { id name aliases relations { nodes { type other { id } properties sources { excerpt source { id } } } } } }
            """, new { id });
        return response.ErrorCodes.Contains("NOT_FOUND") ? null : response.AssertOk().Data.GetProperty("entity");
    }

    // The sources list on the node itself (GraphQL shows an entity's sources only through its facts).
    private async Task<List<string>?> NodeSourcesAsync(string label, string id)
    {
        await using var client = api.Server.CreateClient();
        var read = await client.RunAsync($"MATCH (n:{label} {{id: $id}}) RETURN n.sources AS sources", new Dictionary<string, object?> { ["id"] = id });
        return read.Records.Count == 0 ? null : read.Records[0].Get<List<string>>("sources");
    }

    private async Task<List<string>> StatementsAboutAsync(string id) =>
        (await api.PostAsync("query($id: ID!) { statements(about: $id) { nodes { id } } }", new { id })).AssertOk()
            .Data.GetProperty("statements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();

    private static List<(string Source, string? Excerpt)> Sources(JsonElement fact) =>
        fact.GetProperty("sources").EnumerateArray().Select(s => (s.GetProperty("source").GetProperty("id").GetString()!, s.GetProperty("excerpt").GetString())).ToList();

    [Fact]
    public async Task An_entity_the_changed_version_only_refers_to_stays_with_its_source_and_the_relation_to_it_is_written()
    {
        await IngestAsync(Version1);
        await IngestAsync(Version2);

        // The person stays as version 1 described it (nothing else describes it), S still among its sources.
        var person = await EntityAsync(_person);
        Assert.NotNull(person);
        Assert.Equal("Pat Person", person.Value.GetProperty("name").GetString());
        Assert.Equal(["Pat"], person.Value.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([_s], await NodeSourcesAsync("Entity", _person));

        // Version 2's relation to it is written, as version 2 says it.
        var country = await EntityAsync(_country);
        var recognition = Assert.Single(country!.Value.GetProperty("relations").GetProperty("nodes").EnumerateArray());
        Assert.Equal(_person, recognition.GetProperty("other").GetProperty("id").GetString());
        Assert.Equal("president", recognition.GetProperty("properties").GetProperty("as").GetString());
        Assert.Equal([(_s, "v2: recognised")], Sources(recognition));

        // What version 2 no longer names at all goes, as before.
        Assert.Null(await EntityAsync(_dropped));
    }

    [Fact]
    public async Task An_event_and_a_statement_the_changed_version_only_refers_to_stay_and_its_statement_is_about_them()
    {
        await IngestAsync(Version1);
        await IngestAsync(Version2);

        // Each stays as version 1 reported it: its report in S, its participants and speaker.
        Assert.Equal([_s], await NodeSourcesAsync("Event", _attack));
        Assert.Equal([_s], await NodeSourcesAsync("Statement", _remark));
        var attack = (await api.PostAsync("""
            query($id: ID!) { timeline(involving: [$id], types: ["Attack"]) { nodes { ... on Event { id title participants { role entity { id } } sources { excerpt source { id } } statements { id } } } } }
            """, new { id = _country })).AssertOk().Data.GetProperty("timeline").GetProperty("nodes").EnumerateArray().Single();
        Assert.Equal(_attack, attack.GetProperty("id").GetString());
        Assert.Equal([(_s, "v1: the strike")], Sources(attack));
        Assert.Equal(new[] { $"agent {_person}", $"target {_country}" },
            attack.GetProperty("participants").EnumerateArray().Select(p => $"{p.GetProperty("role").GetString()} {p.GetProperty("entity").GetProperty("id").GetString()}").Order(StringComparer.Ordinal));

        // Version 2's statement is about both.
        Assert.Equal([_reply], attack.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal([_reply], await StatementsAboutAsync(_remark));
        Assert.Contains(_remark, await StatementsAboutAsync(_country));
    }

    [Fact]
    public async Task An_entity_another_source_also_defines_loses_the_changed_versions_support_as_version_2_alone_would_leave_it()
    {
        await IngestAsync(Version1);
        await IngestAsync(new
        {
            source = new { id = _t, title = "T", published = "2026-01-11" },
            entities = new object[] { new { id = _person, kind = "Person", name = "Pat Person", aliases = new[] { "P. Person" } } },
        });
        await IngestAsync(Version2);

        // T alone defines the person now: its values, its source.
        var person = await EntityAsync(_person);
        Assert.Equal(["P. Person"], person!.Value.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([_t], await NodeSourcesAsync("Entity", _person));
        var recognition = Assert.Single(person.Value.GetProperty("relations").GetProperty("nodes").EnumerateArray());
        Assert.Equal([(_s, "v2: recognised")], Sources(recognition));
    }

    [Fact]
    public async Task Retracting_the_source_after_its_changed_version_takes_what_it_only_refers_to_as_well()
    {
        await IngestAsync(Version1);
        await IngestAsync(Version2);

        var retraction = (await api.PostAsync(Retract, new { id = _s })).AssertOk().Data.GetProperty("retractSource");
        Assert.True(retraction.GetProperty("ok").GetBoolean(), retraction.ToString());

        // No source supports them any more: they go, as every fact only a retracted source supported.
        Assert.Null(await NodeSourcesAsync("Entity", _person));
        Assert.Null(await NodeSourcesAsync("Event", _attack));
        Assert.Null(await NodeSourcesAsync("Statement", _remark));
        Assert.Null(await NodeSourcesAsync("Entity", _country));
    }

    [Fact]
    public async Task Retracting_another_source_rewrites_a_held_entity_from_the_sources_that_define_it()
    {
        await IngestAsync(Version1);
        await IngestAsync(Version2);
        await IngestAsync(new
        {
            source = new { id = _t, title = "T", published = "2026-01-11" },
            entities = new object[] { new { id = _person, kind = "Person", name = "Pat Person", aliases = new[] { "T's alias" } } },
        });
        await IngestAsync(new
        {
            source = new { id = _u, title = "U", published = "2026-01-12" },
            entities = new object[] { new { id = _person, kind = "Person", name = "Pat Person", aliases = new[] { "U's alias" } } },
        });
        Assert.Equal([_s, _t, _u], await NodeSourcesAsync("Entity", _person));

        var retraction = (await api.PostAsync(Retract, new { id = _t })).AssertOk().Data.GetProperty("retractSource");
        Assert.True(retraction.GetProperty("ok").GetBoolean(), retraction.ToString());

        // S's kept document only refers to the person: U alone says what it is; S still names it.
        Assert.Equal(["U's alias"], (await EntityAsync(_person))!.Value.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([_s, _u], await NodeSourcesAsync("Entity", _person));
    }

    [Fact]
    public async Task Undoing_a_merge_writes_a_changed_version_again_with_what_it_only_refers_to()
    {
        await IngestAsync(new
        {
            source = new { id = _m, title = "M", published = "2026-01-09" },
            entities = new object[] { new { id = _survivor, kind = "Person", name = "Ana Example" }, new { id = _merged, kind = "Person", name = "Ana M. Example" } },
        });
        var merge = (await api.PostAsync(Merge, new { into = _survivor, from = new[] { _merged } })).AssertOk().Data.GetProperty("mergeEntities");
        Assert.True(merge.GetProperty("ok").GetBoolean(), merge.ToString());
        // Both versions of S use the merged id (so that the un-merge writes S's document again); version 2 refers to the person.
        object Meeting() => new { id = _meeting, type = "Meeting", title = "Talks", date = "2026-01-08", participants = new object[] { new { entity = _merged, role = "participant" } } };
        await IngestAsync(new
        {
            source = new { id = _s, title = "S", published = "2026-01-10" },
            entities = new object[] { new { id = _country, kind = "Country", name = "Testland" }, new { id = _person, kind = "Person", name = "Pat Person" } },
            events = new[] { Meeting() },
            relations = new object[] { new { type = "RECOGNIZES", from = _country, to = _person, excerpt = "v1: recognised" } },
        });
        await IngestAsync(new
        {
            source = new { id = _s, title = "S, second version", published = "2026-01-10" },
            entities = new object[] { new { id = _country, kind = "Country", name = "Testland" } },
            events = new[] { Meeting() },
            relations = new object[] { new { type = "RECOGNIZES", from = _country, to = _person, excerpt = "v2: recognised" } },
        });

        var unmerge = (await api.PostAsync(Unmerge, new { id = merge.GetProperty("changeId").GetString() })).AssertOk().Data.GetProperty("unmergeEntities");
        Assert.True(unmerge.GetProperty("ok").GetBoolean(), unmerge.ToString());

        Assert.Equal([_s], await NodeSourcesAsync("Entity", _person));
        var recognition = Assert.Single((await EntityAsync(_country))!.Value.GetProperty("relations").GetProperty("nodes").EnumerateArray());
        Assert.Equal(_person, recognition.GetProperty("other").GetProperty("id").GetString());
        Assert.Equal([(_s, "v2: recognised")], Sources(recognition));
    }

    [Fact]
    public async Task A_third_version_that_no_longer_refers_to_them_takes_them_away()
    {
        await IngestAsync(Version1);
        await IngestAsync(Version2);
        await IngestAsync(new
        {
            source = new { id = _s, title = "S, third version", published = "2026-01-10" },
            entities = new object[] { new { id = _country, kind = "Country", name = "Testland" } },
        });

        Assert.Null(await NodeSourcesAsync("Entity", _person));
        Assert.Null(await NodeSourcesAsync("Event", _attack));
        Assert.Null(await NodeSourcesAsync("Statement", _remark));
        Assert.Null(await NodeSourcesAsync("Statement", _reply));
        Assert.Equal([_s], await NodeSourcesAsync("Entity", _country));
    }
}
