using System.Text.Json;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Api;

/// <summary>The ready Browser queries generated from issue 13's questions (<c>cypher/browser/05…07</c>), run on the seed,
/// answer what the API answers for the same question.</summary>
public sealed class ReadyQueryAnswerTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Who_appears_with_maduro_in_browser_is_the_apis_associates()
    {
        var response = (await api.PostAsync("""
            { entity(id: "person:nicolas-maduro") { associates {
                entity { id name } sharedEvents sharedStatements total first { text } last { text }
                sample { ... on Event { title } ... on Statement { text } } } } }
            """)).AssertOk();
        var expected = response.Data.GetProperty("entity").GetProperty("associates").EnumerateArray()
            .Select(a => string.Join(" | ", a.GetProperty("entity").GetProperty("id").GetString(), a.GetProperty("entity").GetProperty("name").GetString(),
                a.GetProperty("sharedEvents").GetInt32(), a.GetProperty("sharedStatements").GetInt32(), a.GetProperty("total").GetInt32(),
                DateText(a.GetProperty("first")), DateText(a.GetProperty("last")),
                string.Join(" / ", a.GetProperty("sample").EnumerateArray().Select(i => (i.TryGetProperty("title", out var t) ? t : i.GetProperty("text")).GetString())))).ToList();
        // The US military took part with Maduro in two events (the operation and the abduction): Maduro has associates.
        Assert.True(expected.Count >= 3, string.Join("\n", expected));

        var rows = (await Run("05-who-appears-with-maduro.cypher")).Records;
        Assert.Equal(expected, rows.Select(r => string.Join(" | ", r["id"], r["name"], r["sharedEvents"], r["sharedStatements"], r["total"], r["first"], r["last"],
            string.Join(" / ", r.Get<IReadOnlyList<object?>>("sample")))));
    }

    [Fact]
    public async Task The_us_venezuela_histogram_in_browser_is_the_apis()
    {
        var response = (await api.PostAsync("""
            { timelineHistogram(involving: ["gov:united-states", "gov:venezuela"], from: "2025-12", to: "2026-01") { period events statements imprecise } }
            """)).AssertOk();
        var expected = response.Data.GetProperty("timelineHistogram").EnumerateArray()
            .Select(b => $"{b.GetProperty("period").GetString()} {b.GetProperty("events").GetInt32()} {b.GetProperty("statements").GetInt32()} {b.GetProperty("imprecise").GetInt32()}")
            .ToList();
        Assert.Equal(2, expected.Count); // December and January

        var rows = (await Run("06-us-venezuela-histogram.cypher")).Records;
        Assert.Equal(expected, rows.Select(r => $"{r["period"]} {r["events"]} {r["statements"]} {r["imprecise"]}"));
    }

    [Fact]
    public async Task Every_shortest_chain_from_the_tanker_in_browser_is_the_apis()
    {
        var response = (await api.PostAsync("""
            { paths(from: "vessel:fifth-seized-tanker-2026-01-09", to: "gov:venezuela") { nodes { id } } }
            """)).AssertOk();
        var expected = response.Data.GetProperty("paths").EnumerateArray()
            .Select(p => string.Join(" → ", p.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()))).ToList();
        Assert.NotEmpty(expected);

        var rows = (await Run("07-tanker-every-shortest-chain.cypher")).Records;
        Assert.Equal(expected, rows.Select(r => string.Join(" → ",
            r.Get<IReadOnlyList<object?>>("path").OfType<Neo4jNode>().Select(n => n.Get<string>("id")))));
    }

    private async Task<QueryResult> Run(string file)
    {
        await using var client = ProjectCypher.CreateClient(api.Server, "ready query " + file);
        return await client.RunAsync(File.ReadAllText(Path.Combine(Neo4jLocalScript.RepositoryRoot(), "cypher", "browser", file)).Trim().TrimEnd(';'));
    }

    private static string? DateText(JsonElement date) => date.ValueKind == JsonValueKind.Null ? null : date.GetProperty("text").GetString();
}
