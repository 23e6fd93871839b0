using System.Text.Json;
using Timeline.Core.Curation;
using Timeline.Neo4j;

namespace Timeline.IntegrationTests.Api.Reads;

/// <summary>A page asked without cursors (<c>nodes</c> and <c>hasNextPage</c> only) carries no sort keys out of its
/// statement; its nodes are the same as when the cursors are asked, whether its list is read as it is (exact), checked entry by
/// entry, or matched (no list), and a level down alike.</summary>
public sealed partial class RelationListTests
{
    private const string Cursorless = "query($id: ID!, $first: Int!) { entity(id: $id) { relations(first: $first) { nodes { type direction other { id relations(first: 3) { nodes { type other { id } } pageInfo { hasNextPage } } } } pageInfo { hasNextPage } } } }";
    private const string WithCursors = "query($id: ID!, $first: Int!) { entity(id: $id) { relations(first: $first) { edges { cursor } nodes { type direction other { id relations(first: 3) { edges { cursor } nodes { type other { id } } pageInfo { hasNextPage endCursor } } } } pageInfo { hasNextPage startCursor endCursor } } } }";

    [Fact]
    public async Task A_page_asked_without_cursors_answers_the_same_nodes_as_with_them()
    {
        var hub = New("country:");
        var people = Enumerable.Range(0, 12).Select(_ => New("person:")).ToList();
        var orgs = Enumerable.Range(0, 5).Select(_ => New("org:")).ToList();
        var stated = people.Select(p => new Stated("LEADS", p, hub))
            .Concat(people.Take(4).SelectMany(p => orgs.Select(o => new Stated("MEMBER_OF", p, o))))
            .ToList();
        await IngestOkAsync(Document(New("src:"), [hub, .. people, .. orgs], stated));

        async Task AssertSameAsync(string because)
        {
            var (without, with) = (await PageAsync(Cursorless), await PageAsync(WithCursors));
            Assert.Equal(Nodes(with), Nodes(without));
            Assert.Equal(10, without.GetProperty("nodes").GetArrayLength());
            Assert.True(without.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean(), because);
            Assert.Contains(Nodes(without), n => n.Contains("MEMBER_OF", StringComparison.Ordinal) && n.EndsWith("more=True", StringComparison.Ordinal));
        }
        await AssertSameAsync("exact lists");

        // A withdrawal leaves the hub's list inexact: its entries are checked.
        await OkAsync("withdrawFact", "mutation($id: ID!) { withdrawFact(id: $id, reason: \"never led\") { ok errors { path message } } }",
            new { id = RelationId.Of("LEADS", people[^1], hub, "") });
        await AssertExactAsync(new() { [hub] = false });
        await AssertSameAsync("an inexact list");

        // No lists at all (a graph not yet migrated): every page is matched.
        await using var client = api.Server.CreateClient();
        await client.RunAsync("MATCH (n) WHERE n:ItemList OR n:ItemBucket WITH n WHERE any(id IN $ids WHERE n.key CONTAINS id) DELETE n",
            new Dictionary<string, object?> { ["ids"] = _ids });
        await AssertSameAsync("no lists");

        async Task<JsonElement> PageAsync(string query)
        {
            var response = await api.PostAsync(query, new { id = hub, first = 10 });
            Assert.False(response.HasErrors, response.Body);
            return response.Data.GetProperty("entity").GetProperty("relations");
        }
    }

    // Each node as a line: its type, direction and other end, then the other end's own page (its nodes and whether there is
    // more), which the two requests ask alike.
    private static List<string> Nodes(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n =>
        {
            var other = n.GetProperty("other");
            var below = other.GetProperty("relations");
            return $"{n.GetProperty("type")} {n.GetProperty("direction")} {other.GetProperty("id")}: " +
                   string.Join(", ", below.GetProperty("nodes").EnumerateArray().Select(m => $"{m.GetProperty("type")} {m.GetProperty("other").GetProperty("id")}")) +
                   $" more={below.GetProperty("pageInfo").GetProperty("hasNextPage")}";
        }).ToList();
}
