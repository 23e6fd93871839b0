using System.Text.Json;
using Timeline.IntegrationTests.Neo4j;
using Timeline.IntegrationTests.Security;

namespace Timeline.IntegrationTests.Api;

/// <summary>The questions of issue 13 — every shortest path (<c>paths</c>), counts over time (<c>timelineHistogram</c>) and
/// who appears with whom (<c>Entity.associates</c>) — on a database holding only the small document below. Every expected
/// answer is read off that document by hand (the comments say how).</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class RelationshipQuestionTests(ScratchNeo4j neo4j, ScratchDocument graph) : IClassFixture<ScratchDocument>, IAsyncLifetime
{
    // Chains from the tug to East, all two hops: through the seizure (the tug takes part twice, as subject and as target —
    // one node sequence), through the bay, through the port. The harbour chain is three hops (not a shortest one).
    // Ana's items: the seizure (3 Jan, DAY), the talks (January, MONTH), the blockade (20 Dec – 10 Jan, RANGE), the
    // October visit (5 Oct 2025, alone), Ben's statement about Ana and himself (5 Jan), Cruz's statement about Ana and Ben
    // (February, MONTH), Ana's own statement about the talks (4 Jan), Cruz's undated statement about Ana. The treaty
    // (1990) is Cruz's and East's only.
    private const string Document = """
        {
          "source": { "id": "src:q13-test", "title": "Relationship questions", "published": "2026-02-15" },
          "entities": [
            { "id": "person:q13-ana", "kind": "Person", "name": "Ana" },
            { "id": "person:q13-ben", "kind": "Person", "name": "Ben" },
            { "id": "person:q13-cruz", "kind": "Person", "name": "Cruz" },
            { "id": "country:q13-east", "kind": "Country", "name": "East" },
            { "id": "vessel:q13-tug", "kind": "Vessel", "name": "Tug" },
            { "id": "place:q13-port", "kind": "Place", "name": "Port" },
            { "id": "place:q13-bay", "kind": "Place", "name": "Bay" },
            { "id": "place:q13-harbour", "kind": "Place", "name": "Harbour" }
          ],
          "events": [
            { "id": "event:q13-seizure", "type": "Seizure", "title": "Seizure of the tug", "date": "2026-01-03",
              "participants": [ { "entity": "vessel:q13-tug", "role": "target" }, { "entity": "vessel:q13-tug", "role": "subject" },
                                { "entity": "country:q13-east", "role": "agent" }, { "entity": "person:q13-ana", "role": "participant" } ],
              "excerpt": "the tug was seized on 3 January" },
            { "id": "event:q13-talks", "type": "Negotiation", "title": "Talks", "date": "2026-01",
              "participants": [ { "entity": "person:q13-ana", "role": "participant" }, { "entity": "person:q13-ben", "role": "participant" } ],
              "excerpt": "talks in January" },
            { "id": "event:q13-blockade", "type": "Blockade", "title": "Blockade",
              "date": { "earliest": "2025-12-20", "latest": "2026-01-10" },
              "participants": [ { "entity": "person:q13-ana", "role": "agent" }, { "entity": "person:q13-ben", "role": "agent" },
                                { "entity": "person:q13-cruz", "role": "target" } ],
              "excerpt": "the blockade from late December" },
            { "id": "event:q13-visit", "type": "DiplomaticVisit", "title": "Ana's October visit", "date": "2025-10-05",
              "participants": [ { "entity": "person:q13-ana", "role": "agent" } ],
              "excerpt": "she visited on 5 October" },
            { "id": "event:q13-treaty", "type": "Announcement", "title": "Treaty", "date": "1990",
              "participants": [ { "entity": "person:q13-cruz", "role": "agent" }, { "entity": "country:q13-east", "role": "agent" } ],
              "excerpt": "the 1990 treaty" }
          ],
          "statements": [
            { "id": "stmt:q13-ben", "speaker": "person:q13-ben", "text": "Ana and I agree.", "verbatim": true, "date": "2026-01-05",
              "about": [ "person:q13-ana", "person:q13-ben" ], "excerpt": "Ben said" },
            { "id": "stmt:q13-cruz", "speaker": "person:q13-cruz", "text": "Ana and Ben will fail.", "verbatim": false, "date": "2026-02",
              "about": [ "person:q13-ana", "person:q13-ben" ], "excerpt": "Cruz said in February" },
            { "id": "stmt:q13-ana", "speaker": "person:q13-ana", "text": "The talks are going well.", "verbatim": true, "date": "2026-01-04",
              "about": [ "event:q13-talks" ], "excerpt": "Ana said" },
            { "id": "stmt:q13-cruz-undated", "speaker": "person:q13-cruz", "text": "Ana cannot be trusted.", "verbatim": true,
              "about": [ "person:q13-ana" ], "excerpt": "Cruz once said" }
          ],
          "relations": [
            { "type": "LOCATED_IN", "from": "vessel:q13-tug", "to": "place:q13-port", "excerpt": "the tug at the port" },
            { "type": "LOCATED_IN", "from": "vessel:q13-tug", "to": "place:q13-bay", "excerpt": "the tug in the bay" },
            { "type": "LOCATED_IN", "from": "vessel:q13-tug", "to": "place:q13-harbour", "excerpt": "the tug in the harbour" },
            { "type": "PART_OF", "from": "place:q13-port", "to": "country:q13-east", "excerpt": "the port of East" },
            { "type": "PART_OF", "from": "place:q13-bay", "to": "country:q13-east", "excerpt": "the bay of East" },
            { "type": "PART_OF", "from": "place:q13-harbour", "to": "place:q13-port", "excerpt": "the harbour in the port" }
          ]
        }
        """;

    private TimelineApiFactory _host = null!;

    public async Task InitializeAsync() => _host = await graph.LoadAsync(neo4j, Document);

    public Task DisposeAsync() => Task.CompletedTask; // the fixture's host

    [Fact]
    public async Task Paths_gives_every_shortest_chain_once_per_node_sequence_ordered_by_ids()
    {
        var answer = await Ok("""
            { paths(from: "vessel:q13-tug", to: "country:q13-east") { length nodes { id } steps { type from to role } } }
            """);

        var paths = answer.Data.GetProperty("paths").EnumerateArray().ToList();
        // event:… < place:q13-bay < place:q13-port; the harbour chain is longer; the seizure's two roles are one sequence.
        Assert.Equal(
            [
                ["vessel:q13-tug", "event:q13-seizure", "country:q13-east"],
                ["vessel:q13-tug", "place:q13-bay", "country:q13-east"],
                ["vessel:q13-tug", "place:q13-port", "country:q13-east"],
            ],
            paths.Select(p => p.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToArray()));
        Assert.All(paths, p => Assert.Equal(2, p.GetProperty("length").GetInt32()));
        // Of the tug's two roles in the seizure, the first by role ('subject' < 'target') is kept.
        Assert.Equal(
            [("PARTICIPANT", "vessel:q13-tug", "event:q13-seizure", "subject"), ("PARTICIPANT", "country:q13-east", "event:q13-seizure", "agent")],
            paths[0].GetProperty("steps").EnumerateArray().Select(s => (Text(s, "type"), Text(s, "from"), Text(s, "to"), Text(s, "role"))));
        Assert.Equal(
            [("LOCATED_IN", "vessel:q13-tug", "place:q13-bay", (string?)null), ("PART_OF", "place:q13-bay", "country:q13-east", null)],
            paths[1].GetProperty("steps").EnumerateArray().Select(s => (Text(s, "type"), Text(s, "from"), Text(s, "to"), Text(s, "role"))));
        Assert.Equal(1, answer.CypherRoundTrips);
    }

    [Fact]
    public async Task Paths_are_cut_to_first_and_empty_beyond_maxHops_or_for_an_unknown_id()
    {
        var answer = await Ok("""
            { two: paths(from: "vessel:q13-tug", to: "country:q13-east", first: 2) { nodes { id } }
              oneHop: paths(from: "vessel:q13-tug", to: "country:q13-east", maxHops: 1) { length }
              unknown: paths(from: "vessel:q13-nothing", to: "country:q13-east") { length } }
            """);

        Assert.Equal(["event:q13-seizure", "place:q13-bay"],
            answer.Data.GetProperty("two").EnumerateArray().Select(p => p.GetProperty("nodes")[1].GetProperty("id").GetString()));
        Assert.Empty(answer.Data.GetProperty("oneHop").EnumerateArray());
        Assert.Empty(answer.Data.GetProperty("unknown").EnumerateArray());
        Assert.Equal(3, answer.CypherRoundTrips);
    }

    [Theory]
    [InlineData("""{ paths(from: "vessel:q13-tug", to: "country:q13-east", maxHops: 11) { length } }""")]
    [InlineData("""{ paths(from: "vessel:q13-tug", to: "vessel:q13-tug") { length } }""")]
    [InlineData("""{ paths(from: "vessel:q13-tug", to: "country:q13-east", first: 101) { length } }""")]
    public async Task Paths_arguments_out_of_range_are_bad_user_input(string query)
    {
        var answer = await SecuredApi.Send(_host, query);
        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
    }

    [Fact]
    public async Task The_histogram_by_month_runs_from_the_first_to_the_last_bucket_with_empty_ones_and_imprecise_spans()
    {
        var answer = await Ok("""{ timelineHistogram(involving: ["person:q13-ana"]) { period events statements imprecise } }""");

        // Ana's dated items: visit Oct (event); blockade 20 Dec – 10 Jan spans Dec and Jan (imprecise in both); seizure
        // 3 Jan and talks "2026-01" (events); Ben's and Ana's January statements; Cruz's February one. The undated one: none.
        Assert.Equal(
            [("2025-10", 1, 0, 0), ("2025-11", 0, 0, 0), ("2025-12", 0, 0, 1), ("2026-01", 2, 2, 1), ("2026-02", 0, 1, 0)],
            Buckets(answer, "timelineHistogram"));
        Assert.Equal(1, answer.CypherRoundTrips);
    }

    [Fact]
    public async Task By_day_an_item_known_to_the_month_or_spanning_days_is_imprecise_in_every_day_it_overlaps()
    {
        var answer = await Ok("""
            { timelineHistogram(involving: ["person:q13-ana"], from: "2026-01-02", to: "2026-01-05", by: DAY) { period events statements imprecise } }
            """);

        // The talks ("2026-01") and the blockade (to 10 Jan) overlap all four days; the seizure is the 3rd, Ana's statement
        // the 4th, Ben's the 5th. The visit and February's statement are outside the window.
        Assert.Equal(
            [("2026-01-02", 0, 0, 2), ("2026-01-03", 1, 0, 2), ("2026-01-04", 0, 1, 2), ("2026-01-05", 0, 1, 2)],
            Buckets(answer, "timelineHistogram"));
    }

    [Fact]
    public async Task The_histogram_counts_what_the_timeline_holds_for_the_same_involving_types_and_window()
    {
        var answer = await Ok("""
            { both: timelineHistogram(involving: ["person:q13-ana", "person:q13-ben"]) { period events statements imprecise }
              said: timelineHistogram(involving: ["person:q13-ana"], types: ["Statement"]) { period events statements imprecise }
              years: timelineHistogram(from: "2025", to: "2026", by: YEAR) { period events statements imprecise }
              quiet: timelineHistogram(involving: ["person:q13-ana"], from: "2024-01", to: "2024-03") { period events statements imprecise }
              unknown: timelineHistogram(involving: ["person:q13-nobody"], from: "2026-01", to: "2026-02") { period } }
            """);

        // Ana and Ben together: the blockade (Dec–Jan), the talks (Jan), Ben's statement (Jan), Cruz's (Feb).
        Assert.Equal([("2025-12", 0, 0, 1), ("2026-01", 1, 1, 1), ("2026-02", 0, 1, 0)], Buckets(answer, "both"));
        Assert.Equal([("2026-01", 0, 2, 0), ("2026-02", 0, 1, 0)], Buckets(answer, "said"));
        // The whole graph in 2025–2026: the visit (2025), the blockade (2025 and 2026), the seizure and the talks (2026),
        // three dated statements (2026); the 1990 treaty is outside the window.
        Assert.Equal([("2025", 1, 0, 1), ("2026", 2, 3, 1)], Buckets(answer, "years"));
        Assert.Equal([("2024-01", 0, 0, 0), ("2024-02", 0, 0, 0), ("2024-03", 0, 0, 0)], Buckets(answer, "quiet"));
        Assert.Empty(answer.Data.GetProperty("unknown").EnumerateArray());
        Assert.Equal(5, answer.CypherRoundTrips);
    }

    [Theory]
    [InlineData("""{ timelineHistogram(from: "2000", to: "2026", by: DAY) { period } }""", "2000-01-01")]
    [InlineData("""{ timelineHistogram(by: DAY) { period } }""", "1990-01-01")] // the treaty (1990) to February 2026
    [InlineData("""{ timelineHistogram(from: "2026-13") { period } }""", "'from' is not a valid date")]
    [InlineData("""{ timelineHistogram(types: ["Picnic"]) { period } }""", "Picnic")]
    public async Task Too_many_buckets_or_a_bad_argument_is_bad_user_input(string query, string named)
    {
        var answer = await SecuredApi.Send(_host, query);
        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.Contains(named, answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Associates_are_ranked_by_shared_items_then_id_each_item_counted_once()
    {
        var answer = await Ok("""
            { entity(id: "person:q13-ana") { associates {
                entity { id name kind } sharedEvents sharedStatements total
                first { text precision } last { text precision }
                sample { __typename ... on Event { id } ... on Statement { id } } } } }
            """);

        var associates = answer.Data.GetProperty("entity").GetProperty("associates").EnumerateArray().ToList();
        // Ben: talks, blockade; his own statement (speaker and subject: once), Cruz's (both subjects) — 2 + 2.
        // Cruz: the blockade; his February statement and his undated one — 1 + 2. East and the tug: the seizure only (the tug
        // twice, as subject and target: once) — a tie at 1, broken by id. Ana's visit and her statement about the talks
        // share nothing; Ana is never her own associate.
        Assert.Equal(
            [("person:q13-ben", 2, 2, 4), ("person:q13-cruz", 1, 2, 3), ("country:q13-east", 1, 0, 1), ("vessel:q13-tug", 1, 0, 1)],
            associates.Select(a => (a.GetProperty("entity").GetProperty("id").GetString(), a.GetProperty("sharedEvents").GetInt32(),
                a.GetProperty("sharedStatements").GetInt32(), a.GetProperty("total").GetInt32())));
        Assert.Equal(["Person", "Person", "Country", "Vessel"], associates.Select(a => a.GetProperty("entity").GetProperty("kind").GetString()));
        // Timeline order: the blockade (20 Dec) < the talks (1 Jan) < Ben's statement (5 Jan) < Cruz's (February) < undated.
        Assert.Equal([("2025-12-20/2026-01-10", "RANGE"), ("2025-12-20/2026-01-10", "RANGE"), ("2026-01-03", "DAY"), ("2026-01-03", "DAY")],
            associates.Select(a => (a.GetProperty("first").GetProperty("text").GetString(), a.GetProperty("first").GetProperty("precision").GetString())));
        Assert.Equal([("2026-02", "MONTH"), ("2026-02", "MONTH"), ("2026-01-03", "DAY"), ("2026-01-03", "DAY")],
            associates.Select(a => (a.GetProperty("last").GetProperty("text").GetString(), a.GetProperty("last").GetProperty("precision").GetString())));
        Assert.Equal(
            [
                ["event:q13-blockade", "event:q13-talks", "stmt:q13-ben"],
                ["event:q13-blockade", "stmt:q13-cruz", "stmt:q13-cruz-undated"],
                ["event:q13-seizure"],
                ["event:q13-seizure"],
            ],
            associates.Select(a => a.GetProperty("sample").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray()));
        Assert.Equal("Event", associates[0].GetProperty("sample")[0].GetProperty("__typename").GetString());
        Assert.Equal(1, answer.CypherRoundTrips);
    }

    [Fact]
    public async Task Associates_take_kinds_a_window_and_first()
    {
        var answer = await Ok("""
            { entity(id: "person:q13-ana") {
                vessels: associates(kinds: [Vessel]) { entity { id } total }
                january: associates(from: "2026-01-04", to: "2026-01-31") { entity { id } sharedEvents sharedStatements first { text } }
                top: associates(first: 2) { entity { id } } }
              nobody: entity(id: "place:q13-bay") { associates { entity { id } } } }
            """);

        var entity = answer.Data.GetProperty("entity");
        Assert.Equal([("vessel:q13-tug", 1)], entity.GetProperty("vessels").EnumerateArray().Select(a => (a.GetProperty("entity").GetProperty("id").GetString(), a.GetProperty("total").GetInt32())));
        // From 4 to 31 January Ana's items are the talks, the blockade, her statement (4 Jan) and Ben's (5 Jan): Ben shares two
        // events and his statement; Cruz the blockade only. The seizure (3 Jan) is outside.
        Assert.Equal([("person:q13-ben", 2, 1, "2025-12-20/2026-01-10"), ("person:q13-cruz", 1, 0, "2025-12-20/2026-01-10")],
            entity.GetProperty("january").EnumerateArray().Select(a => (a.GetProperty("entity").GetProperty("id").GetString(), a.GetProperty("sharedEvents").GetInt32(),
                a.GetProperty("sharedStatements").GetInt32(), a.GetProperty("first").GetProperty("text").GetString())));
        Assert.Equal(["person:q13-ben", "person:q13-cruz"], entity.GetProperty("top").EnumerateArray().Select(a => a.GetProperty("entity").GetProperty("id").GetString()));
        Assert.Empty(answer.Data.GetProperty("nobody").GetProperty("associates").EnumerateArray()); // the bay is in no event or statement
        Assert.Equal(2, answer.CypherRoundTrips);
    }

    [Theory]
    [InlineData("""{ entity(id: "person:q13-ana") { associates(first: 101) { total } } }""")]
    [InlineData("""{ entity(id: "person:q13-ana") { associates(from: "January") { total } } }""")]
    public async Task Associates_arguments_out_of_range_are_bad_user_input(string query)
    {
        var answer = await SecuredApi.Send(_host, query);
        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
    }

    private static List<(string, int, int, int)> Buckets(GraphQLResponse answer, string field) =>
        answer.Data.GetProperty(field).EnumerateArray().Select(b => (b.GetProperty("period").GetString()!, b.GetProperty("events").GetInt32(),
            b.GetProperty("statements").GetInt32(), b.GetProperty("imprecise").GetInt32())).ToList();

    private async Task<GraphQLResponse> Ok(string query, object? variables = null) =>
        (await SecuredApi.Send(_host, query, variables)).AssertOk();

    private static string? Text(JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetString();
}
