namespace Timeline.IntegrationTests.Api;

/// <summary>A broad set of queries (every argument and nesting the schema offers) runs on the real server in one round trip
/// per root field. The texts the API sends are recorded by the fixture, and scripts/test puts every recorded text through
/// the Cypher 5 check after the run (the approved snapshots are linted by the unit tests).</summary>
public sealed class BroadQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Queries =
    [
        """{ entity(id: "person:delcy-rodriguez") { id name kind aliases named ... on Person { born { text precision } } relations(first: 2) { edges { cursor node { type direction other { id } validFrom { text } properties sources { excerpt source { id title } } } } pageInfo { hasNextPage endCursor } } events(from: "2026", types: ["Appointment"], role: "subject", first: 5) { totalCount edges { cursor node { id properties participants(role: "subject") { role entity { id } } sources { excerpt } statements { id } firstReported { text } sourceCount } } pageInfo { hasNextPage } } said(to: "2026-02") { totalCount nodes { id about { __typename ... on Entity { id } ... on Event { id } ... on Statement { id } } } } mentionedIn { nodes { id speaker { id } } } allEvents: events { totalCount } neighbors(depth: 3, kinds: [Country]) { id } } }""",
        """{ search(text: "venezuela", kinds: [Government, Country], first: 5) { id } }""",
        """{ entities(kind: Place, first: 2, after: "WyJCb2dvdFx1MDBFMSIsInBsYWNlOmJvZ290YSJd") { edges { cursor node { id } } nodes { name } pageInfo { hasNextPage } } }""",
        """{ timeline(involving: ["gov:venezuela", "gov:united-states", "country:united-states"], from: "2026-01-09", to: "2026-01-09T23:00Z", types: ["Announcement", "Statement"], first: 3) { edges { cursor node { __typename } } } }""",
        """{ timeline(from: "2019", to: "2019") { nodes { ... on Event { id } } } }""",
        """{ statements(about: "event:us-military-operation-venezuela", from: "2026") { nodes { id } } both: statements(speaker: "gov:venezuela", about: "gov:united-states") { nodes { id } } all: statements { nodes { id } } }""",
        """{ path(from: "event:maduro-abduction", to: "place:bogota", maxHops: 10) { length nodes { id entity { id } event { id } } steps { type } } }""",
        """{ source(id: "src:2026-01-09-caracas") { publishedDate { text } events(from: "2026-01-08", to: "2026-01-08") { nodes { id } } statements(from: "2025", first: 2, after: "WyIyMDI2LTAxLTAzVDAwOjAwOjAwWiIsIjIwMjYtMDEtMDdUMjM6NTk6NTlaIiwiZXZlbnQ6bWFkdXJvLWFiZHVjdGlvbiJd") { totalCount nodes { id } } } }""",
    ];

    [Fact]
    public async Task Every_query_runs_in_one_round_trip_per_root_field()
    {
        foreach (var query in Queries.Concat(ExampleQueries.All.Select(e => e.Query)))
        {
            var response = (await api.PostAsync(query)).AssertOk();
            Assert.Equal(response.Data.EnumerateObject().Count(), response.CypherRoundTrips);
        }
        Assert.True(api.Cypher.Texts.Count >= Queries.Length, $"Expected the recorded texts, got {api.Cypher.Texts.Count}.");
    }
}
