namespace Timeline.IntegrationTests.Api;

/// <summary>Each root field costs exactly one Cypher round trip, however deep its selection.</summary>
public sealed class RoundTripTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_four_level_nested_query_is_one_round_trip()
    {
        // entity → events → participants → entity → said → about: four levels of related lists below the root.
        var response = (await api.PostAsync("""
            { entity(id: "person:nicolas-maduro") { name
                events { nodes { id title
                  participants { role entity { id name
                    said { nodes { id text about { __typename ... on Entity { id name } ... on Event { id title } } } }
                    neighbors(first: 3) { id name } } }
                  sources { excerpt source { id title } } } } } }
            """)).AssertOk();
        Assert.Equal(1, response.CypherRoundTrips);
        var events = response.Data.GetProperty("entity").GetProperty("events").GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(events.Count >= 4);
        var participants = events.SelectMany(e => e.GetProperty("participants").EnumerateArray()).ToList();
        Assert.Contains(participants, p => p.GetProperty("entity").GetProperty("id").GetString() == "gov:united-states"
            && p.GetProperty("entity").GetProperty("said").GetProperty("nodes").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Each_root_field_is_one_round_trip()
    {
        var response = (await api.PostAsync("""
            { a: entity(id: "gov:venezuela") { name said { nodes { id } } }
              b: timeline(involving: ["gov:venezuela"], first: 3) { nodes { __typename } }
              c: source(id: "src:2026-01-09-caracas") { title } }
            """)).AssertOk();
        Assert.Equal(3, response.CypherRoundTrips);
    }

    [Fact]
    public async Task Introspection_needs_no_round_trip()
    {
        var response = (await api.PostAsync("{ __schema { queryType { name } } }")).AssertOk();
        Assert.Equal(0, response.CypherRoundTrips);
    }

    [Fact]
    public async Task GraphiQLs_deep_introspection_query_is_not_limited_by_depth()
    {
        const string typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }";
        var response = (await api.PostAsync($$"""
            query IntrospectionQuery { __schema { queryType { name } mutationType { name }
              types { kind name description fields(includeDeprecated: true) { name args { name type { {{typeRef}} } defaultValue } type { {{typeRef}} } }
                inputFields { name type { {{typeRef}} } } interfaces { {{typeRef}} } enumValues(includeDeprecated: true) { name } possibleTypes { {{typeRef}} } }
              directives { name locations args { name } } } }
            """)).AssertOk();
        Assert.Contains(response.Data.GetProperty("__schema").GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "Vessel");
    }
}
