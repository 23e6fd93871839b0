using System.Text.Json;

namespace Timeline.IntegrationTests.Api.Reads;

/// <summary><c>totalCount</c> on connections: the size of the filtered list (every page), in the same one Cypher statement.
/// Expected answers from <see cref="ReadsDocuments"/>'s picture.</summary>
public sealed class TotalCountTests(ApiFixture api) : ReadsTestBase(api), IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_root_connection_counts_every_item_not_just_the_page()
    {
        // Involving Tester: E1 (agent and subject: one item), E2, T1.
        var answer = (await Api.PostAsync("""
            query($p: ID!) { timeline(involving: [$p], first: 1) { totalCount nodes { ... on Event { id } } pageInfo { hasNextPage endCursor } } }
            """, new { p = W.P })).AssertOk();
        var timeline = answer.Data.GetProperty("timeline");
        Assert.Equal(3, timeline.GetProperty("totalCount").GetInt32());
        Assert.Equal([W.E1], Ids(timeline.GetProperty("nodes")));
        Assert.Equal(1, answer.CypherRoundTrips);

        // The count ignores the cursor: still 3 on the next page.
        var next = (await Api.PostAsync("""
            query($p: ID!, $after: String) { timeline(involving: [$p], first: 1, after: $after) { totalCount } }
            """, new { p = W.P, after = timeline.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).AssertOk();
        Assert.Equal(3, next.Data.GetProperty("timeline").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_empty_answer_counts_zero_and_statements_and_relations_count_too()
    {
        var answer = (await Api.PostAsync("""
            query($z: ID!, $p: ID!) {
              none: timeline(involving: [$z]) { totalCount nodes { __typename } }
              said: statements(speaker: $p, first: 0) { totalCount nodes { id } }
              entity(id: $p) { relations(first: 1) { totalCount nodes { type } } }
            }
            """, new { z = W.Z, p = W.P })).AssertOk();
        Assert.Equal(0, answer.Data.GetProperty("none").GetProperty("totalCount").GetInt32());
        Assert.Empty(answer.Data.GetProperty("none").GetProperty("nodes").EnumerateArray());
        Assert.Equal(1, answer.Data.GetProperty("said").GetProperty("totalCount").GetInt32());
        Assert.Empty(answer.Data.GetProperty("said").GetProperty("nodes").EnumerateArray());
        var relations = answer.Data.GetProperty("entity").GetProperty("relations");
        Assert.Equal(2, relations.GetProperty("totalCount").GetInt32()); // HOLDS_POSITION and LEADS
        Assert.Single(relations.GetProperty("nodes").EnumerateArray());
        Assert.Equal(3, answer.CypherRoundTrips);
    }
    [Fact]
    public async Task A_connection_asked_only_for_its_total_counts_as_the_same_connection_with_its_page()
    {
        // Only totalCount selected: the statement counts without reading the page (ConnectionShape.ReadsPage); the counts
        // must be those of the same connections read with their pages. Otherland (x) has no relation, hence no relation list:
        // its paged relations read ends with nothing listed, and its other connections must still be counted (on Neo4j 3.1
        // a null variable before the return once made every pattern comprehension in it null: x.events read 0).
        const string Connections = """
            events { totalCount SELECTION } subject: events(role: "subject") { totalCount SELECTION }
            said { totalCount SELECTION } mentionedIn { totalCount SELECTION } relations { totalCount SELECTION }
            """;
        string Query(string selection) => "query($p: ID!, $x: ID!, $s2: ID!) { p: entity(id: $p) { " + Connections.Replace("SELECTION", selection) +
            " } x: entity(id: $x) { " + Connections.Replace("SELECTION", selection) + " } s2: source(id: $s2) { events { totalCount " + selection +
            " } statements { totalCount " + selection + " } } }";
        var variables = new { p = W.P, x = W.X, s2 = W.S2 };
        var counted = (await Api.PostAsync(Query(""), variables)).AssertOk();
        var paged = (await Api.PostAsync(Query("nodes { __typename }"), variables)).AssertOk();
        Assert.Equal(3, counted.CypherRoundTrips); // one statement per root field
        var totals = Totals(counted.Data);
        Assert.Equal(Describe(Totals(paged.Data)), Describe(totals));
        Assert.Equal(2, totals["p.events"]); // E1 (agent and subject) and E2
        Assert.Equal(2, totals["p.relations"]); // HOLDS_POSITION and LEADS
        Assert.Equal(2, totals["s2.statements"]);
    }

    private static string Describe(Dictionary<string, int> totals) => string.Join(", ", totals.Select(kv => $"{kv.Key} = {kv.Value}"));

    private static Dictionary<string, int> Totals(JsonElement data) =>
        data.EnumerateObject().SelectMany(root => root.Value.EnumerateObject().Select(c =>
            (Key: root.Name + "." + c.Name, Total: c.Value.GetProperty("totalCount").GetInt32()))).ToDictionary(x => x.Key, x => x.Total);
}
