using System.Text.Json;

namespace Timeline.IntegrationTests.Api;

/// <summary>The analyst's questions, answered end to end over HTTP by the API against the real Neo4j with the seed loaded.</summary>
public sealed class AnalystQuestionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_us_venezuela_timeline_for_january_2026_is_ordered_and_carries_precisions()
    {
        string[] involving = ["gov:united-states", "gov:venezuela"];
        var response = (await api.PostAsync("""
            query($involving: [ID!]) {
              timeline(involving: $involving, from: "2026-01", to: "2026-01") {
                edges { node { __typename
                  ... on Event { id type title date { text precision earliest latest } }
                  ... on Statement { id text date { text precision earliest latest } } } }
                pageInfo { hasNextPage } } }
            """, new { involving })).AssertOk();
        var nodes = response.Data.GetProperty("timeline").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

        Assert.Equal(SeedDocument.Timeline(involving, "2026-01", "2026-01"), nodes.Select(n => n.GetProperty("id").GetString()));
        Assert.True(nodes.Count >= 5, $"Expected a substantial timeline, got {nodes.Count} items.");
        var keys = nodes.Select(n => (n.GetProperty("date").GetProperty("earliest").GetString()!, n.GetProperty("date").GetProperty("latest").GetString()!,
            n.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal).ThenBy(k => k.Item3, StringComparer.Ordinal), keys);

        var negotiations = nodes.Single(n => n.GetProperty("id").GetString() == "event:us-venezuela-exploratory-negotiations");
        Assert.Equal("RANGE", negotiations.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal("2026-01-03/2026-01-09", negotiations.GetProperty("date").GetProperty("text").GetString());
        var review = nodes.Single(n => n.GetProperty("id").GetString() == "event:venezuela-announces-diplomatic-review");
        Assert.Equal("DAY", review.GetProperty("date").GetProperty("precision").GetString());
        Assert.Contains(nodes, n => n.GetProperty("__typename").GetString() == "Statement");
        Assert.False(response.Data.GetProperty("timeline").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Month_and_day_precision_facts_mix_in_one_window()
    {
        var response = (await api.PostAsync("""
            { timeline(involving: ["gov:united-states"], from: "2025-12", to: "2025-12-31") {
                nodes { ... on Event { id date { precision } } ... on Statement { id date { precision } } } } }
            """)).AssertOk();
        var ids = response.Data.GetProperty("timeline").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(SeedDocument.Timeline(["gov:united-states"], "2025-12", "2025-12-31"), ids);
        Assert.Contains("event:us-blockade-2025-12", ids);
        Assert.DoesNotContain("event:fifth-tanker-seizure-2026-01-09", ids);
    }

    [Fact]
    public async Task Every_statement_by_donald_trump_comes_with_its_source_and_date()
    {
        var response = (await api.PostAsync("""
            { statements(speaker: "person:donald-trump") {
                edges { node { id text verbatim date { text precision } speaker { id name }
                  sources { excerpt source { id title published } } } } } }
            """)).AssertOk();
        var nodes = response.Data.GetProperty("statements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var expected = SeedDocument.Json.GetProperty("statements").EnumerateArray()
            .Where(s => s.GetProperty("speaker").GetString() == "person:donald-trump")
            .Select(s => s.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, nodes.Select(n => n.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        foreach (var node in nodes)
        {
            Assert.Equal("person:donald-trump", node.GetProperty("speaker").GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(node.GetProperty("date").GetProperty("text").GetString()));
            var source = Assert.Single(node.GetProperty("sources").EnumerateArray());
            Assert.Equal(SeedDocument.SourceId, source.GetProperty("source").GetProperty("id").GetString());
            Assert.Equal("2026-01-09", source.GetProperty("source").GetProperty("published").GetString());
            Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("excerpt").GetString()));
        }
        var secondWave = nodes.Single(n => n.GetProperty("id").GetString() == "stmt:trump-second-wave-called-off");
        Assert.Equal("2026-01-08", secondWave.GetProperty("date").GetProperty("text").GetString());
        Assert.Equal("DAY", secondWave.GetProperty("date").GetProperty("precision").GetString());
    }

    [Fact]
    public async Task Who_held_which_office_in_venezuela_and_since_when()
    {
        var response = (await api.PostAsync("""
            { entity(id: "country:venezuela") { name
                relations(types: [HOLDS_POSITION], direction: INCOMING) {
                  edges { node { type direction other { id name } properties validFrom { text precision } validTo { text precision } } } } } }
            """)).AssertOk();
        var offices = response.Data.GetProperty("entity").GetProperty("relations").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node"))
            .Select(n => (Holder: n.GetProperty("other").GetProperty("id").GetString(),
                Position: n.GetProperty("properties").GetProperty("position").GetString(),
                From: Text(n.GetProperty("validFrom")), FromPrecision: Precision(n.GetProperty("validFrom")), To: Text(n.GetProperty("validTo")),
                Direction: n.GetProperty("direction").GetString()))
            .ToList();
        Assert.All(offices, o => Assert.Equal("INCOMING", o.Direction));
        Assert.Contains(("person:delcy-rodriguez", "interim president", "2026-01-05/2026-01-09", "RANGE", null, "INCOMING"), offices);
        Assert.Contains(("person:delcy-rodriguez", "vice president", null, null, "2026-01-05/2026-01-09", "INCOMING"), offices);
        Assert.Contains(("person:nicolas-maduro", "president", null, null, "2026-01-03/2026-01-07", "INCOMING"), offices);
        Assert.Contains(("person:hugo-chavez", "president", "1999", "YEAR", "1999/2026-01-07", "INCOMING"), offices); // ended; when, the text does not say
        Assert.Equal(4, offices.Count);

        static string? Text(JsonElement date) => date.ValueKind == JsonValueKind.Null ? null : date.GetProperty("text").GetString();
        static string? Precision(JsonElement date) => date.ValueKind == JsonValueKind.Null ? null : date.GetProperty("precision").GetString();
    }

    [Fact]
    public async Task The_fifth_seized_tanker_reaches_venezuelas_government_in_four_steps()
    {
        var response = (await api.PostAsync("""
            { path(from: "vessel:fifth-seized-tanker-2026-01-09", to: "gov:venezuela") { length nodes { id name kind } steps { type from to role } } }
            """)).AssertOk();
        var path = response.Data.GetProperty("path");
        Assert.Equal(4, path.GetProperty("length").GetInt32());
        var nodes = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        var steps = path.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(5, nodes.Count);
        Assert.Equal(4, steps.Count);
        Assert.Equal("vessel:fifth-seized-tanker-2026-01-09", nodes[0]);
        Assert.Equal("gov:venezuela", nodes[^1]);
        Assert.Equal("event:fifth-tanker-seizure-2026-01-09", nodes[1]);
        Assert.Equal("Event", path.GetProperty("nodes")[1].GetProperty("kind").GetString());
        for (var i = 0; i < steps.Count; i++)
        {
            var ends = new[] { steps[i].GetProperty("from").GetString(), steps[i].GetProperty("to").GetString() };
            Assert.Contains(nodes[i], ends);
            Assert.Contains(nodes[i + 1], ends);
        }
        Assert.Equal("PARTICIPANT", steps[0].GetProperty("type").GetString());
        Assert.Equal("target", steps[0].GetProperty("role").GetString());
        Assert.DoesNotContain(nodes, n => n.StartsWith("src:", StringComparison.Ordinal) || n.StartsWith("stmt:", StringComparison.Ordinal));

        var tooShort = (await api.PostAsync("""{ path(from: "vessel:fifth-seized-tanker-2026-01-09", to: "gov:venezuela", maxHops: 3) { length } }""")).AssertOk();
        Assert.Equal(JsonValueKind.Null, tooShort.Data.GetProperty("path").ValueKind);
    }

    [Theory]
    [InlineData("maduro")]
    [InlineData("MADURO")]
    [InlineData("Nicolas")]
    [InlineData("nicolás maduro")]
    public async Task Search_finds_maduro_whatever_the_case_and_accents(string text)
    {
        var response = (await api.PostAsync("query($text: String!) { search(text: $text) { id name kind } }", new { text })).AssertOk();
        var results = response.Data.GetProperty("search").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.Equal("person:nicolas-maduro", results[0].GetProperty("id").GetString());
        Assert.Equal("Person", results[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Search_ranks_exact_name_before_alias_prefix_and_substring()
    {
        var response = (await api.PostAsync("""{ search(text: "bogota", first: 5) { id } rodriguez: search(text: "RODRIGUEZ", kinds: [Person]) { id } }""")).AssertOk();
        Assert.Equal("place:bogota", response.Data.GetProperty("search")[0].GetProperty("id").GetString());
        Assert.Contains(response.Data.GetProperty("search").EnumerateArray(), r => r.GetProperty("id").GetString() == "place:us-offices-bogota");
        Assert.Equal("person:delcy-rodriguez", response.Data.GetProperty("rodriguez")[0].GetProperty("id").GetString());
        Assert.Equal(2, response.CypherRoundTrips);
    }

    [Fact]
    public async Task Paging_a_timeline_two_at_a_time_returns_every_item_exactly_once()
    {
        const string query = """
            query($after: String) { timeline(involving: ["country:venezuela"], first: 2, after: $after) {
                edges { cursor node { ... on Event { id } ... on Statement { id } } } pageInfo { hasNextPage endCursor } } }
            """;
        var all = (await api.PostAsync("""{ timeline(involving: ["country:venezuela"], first: 100) { nodes { ... on Event { id } ... on Statement { id } } } }"""))
            .AssertOk().Data.GetProperty("timeline").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        var paged = new List<string>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var connection = (await api.PostAsync(query, new { after })).AssertOk().Data.GetProperty("timeline");
            var edges = connection.GetProperty("edges").EnumerateArray().ToList();
            Assert.True(edges.Count <= 2);
            paged.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
                break;
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), after);
        }
        Assert.True(all.Count > 10, $"Expected a long timeline, got {all.Count}.");
        Assert.Equal(all, paged);
        Assert.Equal(paged.Count, paged.Distinct().Count());
        var expected = SeedDocument.Items().Where(i => i.Involved.Contains("country:venezuela")).Select(i => i.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, paged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Relations_page_through_with_cursors_including_symmetric_ones()
    {
        var first = (await api.PostAsync("""
            { entity(id: "country:venezuela") { relations(first: 3) { edges { cursor node { type direction other { id } } } pageInfo { hasNextPage endCursor } } } }
            """)).AssertOk().Data.GetProperty("entity").GetProperty("relations");
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var rest = (await api.PostAsync("""
            query($after: String) { entity(id: "country:venezuela") { relations(first: 100, after: $after) { edges { node { type direction other { id } } } } } }
            """, new { after })).AssertOk().Data.GetProperty("entity").GetProperty("relations").GetProperty("edges").EnumerateArray().ToList();
        var ids = first.GetProperty("edges").EnumerateArray().Concat(rest)
            .Select(e => $"{e.GetProperty("node").GetProperty("type").GetString()} {e.GetProperty("node").GetProperty("other").GetProperty("id").GetString()}").ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count() + ids.Count(i => i == "HOLDS_POSITION person:delcy-rodriguez") - (ids.Contains("HOLDS_POSITION person:delcy-rodriguez") ? 1 : 0));
        Assert.Contains("HAS_DIPLOMATIC_RELATIONS_WITH country:united-states", ids);

        var fromUs = (await api.PostAsync("""
            { entity(id: "country:united-states") { relations(types: [HAS_DIPLOMATIC_RELATIONS_WITH], direction: INCOMING) { nodes { direction other { id } properties validTo { text precision } } } } }
            """)).AssertOk().Data.GetProperty("entity").GetProperty("relations").GetProperty("nodes");
        var relation = Assert.Single(fromUs.EnumerateArray());
        Assert.Equal("BOTH", relation.GetProperty("direction").GetString());
        // validTo is when relations ceased: no "severed" status that would read "severed until 2019".
        Assert.False(relation.GetProperty("properties").TryGetProperty("status", out _));
        Assert.Equal("YEAR", relation.GetProperty("validTo").GetProperty("precision").GetString());
    }

    [Fact]
    public async Task A_short_page_is_the_head_of_the_whole_ordered_list()
    {
        // Nested lists keep only the first `first` rows while sorting (top-k); every page size must agree with the full order.
        static async Task<List<string>> Relations(ApiFixture api, int first) =>
            (await api.PostAsync("query($first: Int) { entity(id: \"country:venezuela\") { relations(first: $first) { nodes { type other { id } } } } }",
                new { first })).AssertOk().Data.GetProperty("entity").GetProperty("relations").GetProperty("nodes").EnumerateArray()
                .Select(n => $"{n.GetProperty("type").GetString()} {n.GetProperty("other").GetProperty("id").GetString()}").ToList();

        var all = await Relations(api, 100);
        Assert.True(all.Count > 5, $"Expected several relations, got {all.Count}.");
        for (var first = 1; first <= all.Count; first++)
            Assert.Equal(all.Take(first), await Relations(api, first));
    }

    [Fact]
    public async Task Statements_are_about_entities_events_or_statements()
    {
        var response = (await api.PostAsync("""
            { statements(about: "event:us-military-operation-venezuela") { nodes { id verbatim speaker { id }
                about { __typename ... on Entity { id name kind } ... on Event { id type } ... on Statement { id } } sources { excerpt } } } }
            """)).AssertOk();
        var nodes = response.Data.GetProperty("statements").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["stmt:us-admin-law-enforcement-operation", "stmt:us-admin-military-force-on-table"],
            nodes.Select(n => n.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("about").EnumerateArray(), a => a.GetProperty("__typename").GetString() == "Event"));
        Assert.All(nodes, n => Assert.Contains("conflicting justifications", n.GetProperty("sources")[0].GetProperty("excerpt").GetString()));
        var kinds = nodes.SelectMany(n => n.GetProperty("about").EnumerateArray()).Select(a => a.GetProperty("__typename").GetString()).Distinct().ToList();
        Assert.Contains("Government", kinds);
    }

    [Fact]
    public async Task An_entity_offers_its_events_statements_and_neighbours()
    {
        var response = (await api.PostAsync("""
            { entity(id: "person:delcy-rodriguez") { id name kind aliases named
                ... on Person { nationality }
                events(role: "subject") { nodes { id type } }
                said(from: "2026-01") { nodes { id verbatim } }
                mentionedIn { nodes { id speaker { id } } }
                neighbors(depth: 1) { id kind }
                far: neighbors(depth: 2, kinds: [Country]) { id } } }
            """)).AssertOk();
        var entity = response.Data.GetProperty("entity");
        Assert.Equal("Person", entity.GetProperty("kind").GetString());
        Assert.Contains("Rodriguez", entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("event:rodriguez-becomes-interim-president", Assert.Single(entity.GetProperty("events").GetProperty("nodes").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(["stmt:rodriguez-condemns-us-actions", "stmt:rodriguez-peace-not-war"],
            entity.GetProperty("said").GetProperty("nodes").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains(entity.GetProperty("mentionedIn").GetProperty("nodes").EnumerateArray(), s => s.GetProperty("id").GetString() == "stmt:trump-greater-price-threat");
        Assert.Equal(["country:venezuela", "gov:venezuela"],
            entity.GetProperty("neighbors").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains(entity.GetProperty("far").EnumerateArray(), n => n.GetProperty("id").GetString() == "country:venezuela");
        Assert.Equal(1, response.CypherRoundTrips);
    }

    [Fact]
    public async Task Events_carry_their_free_properties()
    {
        var response = (await api.PostAsync("""
            { entity(id: "vessel:fifth-seized-tanker-2026-01-09") { events { nodes { id properties } } } indictment: timeline(involving: ["person:nicolas-maduro"], types: ["Indictment"]) { nodes { ... on Event { properties } } } }
            """)).AssertOk();
        var seizure = Assert.Single(response.Data.GetProperty("entity").GetProperty("events").GetProperty("nodes").EnumerateArray());
        Assert.Equal(5, seizure.GetProperty("properties").GetProperty("ordinal").GetInt32());
        Assert.False(seizure.GetProperty("properties").TryGetProperty("title", out _));
        var charges = response.Data.GetProperty("indictment").GetProperty("nodes")[0].GetProperty("properties").GetProperty("charges");
        Assert.Contains("drug trafficking", charges.EnumerateArray().Select(c => c.GetString()));
    }
}
