namespace Timeline.IntegrationTests.Api;

public sealed class ApiSmokeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("""{ entity(id: "person:nicolas-maduro") { id name kind aliases description named ... on Person { born nationality } } }""")]
    [InlineData("""{ entity(id: "person:delcy-rodriguez") { name relations(first: 5) { edges { cursor node { type direction other { id name } validFrom { text precision earliest latest } validTo { text } properties sources { excerpt source { id title published } } } } pageInfo { hasNextPage endCursor } } } }""")]
    [InlineData("""{ entity(id: "person:donald-trump") { events { id type date { text precision } participants { role entity { id name } } sources { excerpt source { id } } } said { id text about { __typename ... on Entity { id name } ... on Event { id title } } } mentionedIn { id } neighbors(depth: 2) { id name } } }""")]
    [InlineData("""{ search(text: "maduro") { id name } }""")]
    [InlineData("""{ entities(first: 3) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }""")]
    [InlineData("""{ timeline(involving: ["gov:united-states", "gov:venezuela"], from: "2026-01", to: "2026-01") { edges { cursor node { __typename ... on Event { id type date { text precision } } ... on Statement { id text date { text } speaker { name } } } } } }""")]
    [InlineData("""{ statements(speaker: "person:donald-trump") { nodes { id date { text } sources { source { id title published } } } } }""")]
    [InlineData("""{ path(from: "vessel:fifth-seized-tanker-2026-01-09", to: "gov:venezuela") { length nodes { id name kind } steps { type from to role } } }""")]
    [InlineData("""{ source(id: "src:2026-01-09-caracas") { id title published publishedDate { text precision } events { id } statements { id } } }""")]
    public async Task Runs(string query)
    {
        var response = await api.PostAsync(query);
        Console.WriteLine(response.Body.Length > 3000 ? response.Body[..3000] : response.Body);
        response.AssertOk();
        Assert.Equal(1, response.CypherRoundTrips);
    }
}
