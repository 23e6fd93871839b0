namespace Timeline.IntegrationTests.Api.Reads;

/// <summary><c>Entity.events / said / mentionedIn</c> and <c>Source.events / statements</c> are connections: pages of 50 by
/// default, cursors, totalCount, their filters kept. Expected answers from <see cref="ReadsDocuments"/>'s picture.</summary>
public sealed class NestedConnectionTests(ApiFixture api) : ReadsTestBase(api), IClassFixture<ApiFixture>
{
    [Fact]
    public async Task An_entitys_events_page_by_cursor_and_count_an_event_of_two_roles_once()
    {
        // Tester: E1 (agent and subject) and E2 (agent), in date order.
        var first = (await Api.PostAsync("""
            query($p: ID!) { entity(id: $p) {
              events(first: 1) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
              subject: events(role: "subject") { totalCount nodes { id } }
              said { totalCount nodes { id } } } }
            """, new { p = W.P })).AssertOk();
        Assert.Equal(1, first.CypherRoundTrips);
        var entity = first.Data.GetProperty("entity");
        var events = entity.GetProperty("events");
        Assert.Equal(2, events.GetProperty("totalCount").GetInt32());
        Assert.Equal([W.E1], Ids(events.GetProperty("nodes")));
        Assert.True(events.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal((1, W.E1), Page(entity.GetProperty("subject")));
        Assert.Equal((1, W.T1), Page(entity.GetProperty("said")));

        var next = (await Api.PostAsync("""
            query($p: ID!, $after: String) { entity(id: $p) { events(first: 1, after: $after) { totalCount nodes { id } pageInfo { hasNextPage } } } }
            """, new { p = W.P, after = events.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).AssertOk();
        var rest = next.Data.GetProperty("entity").GetProperty("events");
        Assert.Equal(2, rest.GetProperty("totalCount").GetInt32());
        Assert.Equal([W.E2], Ids(rest.GetProperty("nodes")));
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Statements_about_an_entity_and_a_sources_reports_are_connections_with_their_filters()
    {
        var answer = (await Api.PostAsync("""
            query($x: ID!, $s2: ID!, $s3: ID!) {
              entity(id: $x) { mentionedIn { totalCount nodes { id } } }
              s2: source(id: $s2) { statements { totalCount nodes { id } } late: statements(from: "2026-01-10") { totalCount nodes { id } } events { totalCount } }
              s3: source(id: $s3) { events(first: 1) { totalCount edges { cursor node { id } } } january: events(to: "2026-01-20") { nodes { id } } }
            }
            """, new { x = W.X, s2 = W.S2, s3 = W.S3 })).AssertOk();
        Assert.Equal(3, answer.CypherRoundTrips);
        var mentioned = answer.Data.GetProperty("entity").GetProperty("mentionedIn");
        Assert.Equal((1, W.T1), Page(mentioned));
        var s2 = answer.Data.GetProperty("s2");
        Assert.Equal((2, W.T1 + "," + W.T2), Page(s2.GetProperty("statements")));
        Assert.Equal((1, W.T2), Page(s2.GetProperty("late")));
        Assert.Equal(1, s2.GetProperty("events").GetProperty("totalCount").GetInt32());
        var s3 = answer.Data.GetProperty("s3");
        Assert.Equal(2, s3.GetProperty("events").GetProperty("totalCount").GetInt32());
        Assert.Equal(W.E2, s3.GetProperty("events").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString());
        Assert.Equal([W.E2], Ids(s3.GetProperty("january").GetProperty("nodes")));
    }

    /// <summary>(totalCount, the page's ids joined with commas).</summary>
    private static (int, string) Page(System.Text.Json.JsonElement connection) =>
        (connection.GetProperty("totalCount").GetInt32(), string.Join(",", Ids(connection.GetProperty("nodes"))));

    [Fact]
    public async Task A_page_above_the_cap_is_BAD_USER_INPUT()
    {
        var answer = await Api.PostAsync("""query($p: ID!) { entity(id: $p) { said(first: 101) { nodes { id } } } }""", new { p = W.P });
        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
    }
}
