using System.Text.Json;

namespace Timeline.IntegrationTests.Api.Reads;

/// <summary><c>includeParts</c>, <c>knownAt</c>, <c>sources</c> on timeline and statements, and <c>firstReported</c> /
/// <c>sourceCount</c> on their items. Every expected list is read off <see cref="ReadsDocuments"/>'s picture by hand.</summary>
public sealed class PartsAndReportsTests(ApiFixture api) : ReadsTestBase(api), IClassFixture<ApiFixture>
{
    private const string Items = "totalCount nodes { ... on Event { id } ... on Statement { id } }";

    [Fact]
    public async Task Including_parts_an_entity_stands_for_its_government_and_the_governments_ministry()
    {
        // Testland itself: T2 is about it, E3 it took part in. With parts: G's E1, M's E2 (two PART_OF steps) as well.
        Assert.Equal([W.T2, W.E3], await TimelineAsync($$"""involving: ["{{W.C}}"]"""));
        Assert.Equal([W.E1, W.E2, W.T2, W.E3], await TimelineAsync($$"""involving: ["{{W.C}}"], includeParts: true"""));
        // Both Testland (with parts) and Otherland: E1 (G, X) and E2 (M, X).
        Assert.Equal([W.E1, W.E2], await TimelineAsync($$"""involving: ["{{W.C}}", "{{W.X}}"], includeParts: true"""));
        // Statements: the government spoke, Testland itself did not.
        Assert.Equal([], await StatementsAsync($$"""speaker: "{{W.C}}" """));
        Assert.Equal([W.T2], await StatementsAsync($$"""speaker: "{{W.C}}", includeParts: true"""));
        Assert.Equal([W.T2], await StatementsAsync($$"""speaker: "{{W.C}}", about: "{{W.C}}", includeParts: true"""));
    }

    [Fact]
    public async Task Known_at_keeps_what_a_source_published_by_the_end_of_that_date_had_reported()
    {
        // S1 (2026-01-05) reported E1 and T1; E2 came with S2 (2026-01-20).
        Assert.Equal([W.E1, W.T1], await TimelineAsync($$"""involving: ["{{W.X}}"], knownAt: "2026-01-10" """));
        // E3 is only in S3, published "2026-02": not surely by 10 February, surely by the end of February.
        Assert.Equal([W.E1, W.E2, W.T2], await TimelineAsync($$"""involving: ["{{W.C}}"], includeParts: true, knownAt: "2026-02-10" """));
        Assert.Equal([W.E1, W.E2, W.T2, W.E3], await TimelineAsync($$"""involving: ["{{W.C}}"], includeParts: true, knownAt: "2026-02" """));
        Assert.Equal([], await StatementsAsync($$"""speaker: "{{W.P}}", knownAt: "2026-01-04" """));
        Assert.Equal([W.T1], await StatementsAsync($$"""speaker: "{{W.P}}", knownAt: "2026-01-05" """));
        Assert.Equal([W.T1], await StatementsAsync($$"""speaker: "{{W.P}}", knownAt: { earliest: "2026-01-01", latest: "2026-01-05" }"""));
    }

    [Fact]
    public async Task Sources_keep_what_one_of_them_reported_and_an_unknown_source_is_an_empty_answer()
    {
        Assert.Equal([W.E2, W.E3], await TimelineAsync($$"""sources: ["{{W.S3}}"]"""));
        Assert.Equal([W.E1, W.T1], await TimelineAsync($$"""sources: ["{{W.S1}}", "src:no-such-source"]"""));
        Assert.Equal([], await TimelineAsync("""sources: ["src:no-such-source"]"""));
        Assert.Equal([W.T1, W.T2], await StatementsAsync($$"""sources: ["{{W.S2}}"]"""));
        // Involving Tester and reported by S2: T1 (S1 and S2) and E2; E1 is only in S1.
        Assert.Equal([W.T1, W.E2], await TimelineAsync($$"""involving: ["{{W.P}}"], sources: ["{{W.S2}}"]"""));
    }

    [Fact]
    public async Task Items_say_when_they_were_first_reported_and_by_how_many_sources()
    {
        var answer = (await Api.PostAsync("""
            query($x: ID!, $c: ID!) {
              x: timeline(involving: [$x]) { nodes { ... on Event { id firstReported { text precision } sourceCount } ... on Statement { id firstReported { text precision } sourceCount } } }
              c: timeline(involving: [$c], types: ["Announcement"]) { nodes { ... on Event { id firstReported { text precision } sourceCount } } }
            }
            """, new { x = W.X, c = W.C })).AssertOk();
        var rows = answer.Data.GetProperty("x").GetProperty("nodes").EnumerateArray().Concat(answer.Data.GetProperty("c").GetProperty("nodes").EnumerateArray())
            .Select(n => (n.GetProperty("id").GetString(), n.GetProperty("firstReported").GetProperty("text").GetString(),
                n.GetProperty("firstReported").GetProperty("precision").GetString(), n.GetProperty("sourceCount").GetInt32()))
            .ToList();
        Assert.Equal(
        [
            (W.E1, "2026-01-05", "DAY", 1),
            (W.T1, "2026-01-05", "DAY", 2),     // S1 before S2
            (W.E2, "2026-01-20", "DAY", 2),     // S2 (a day) before S3 (a month later)
            (W.E3, "2026-02", "MONTH", 1),
        ], rows);
        Assert.Equal(2, answer.CypherRoundTrips);
    }

    [Theory]
    [InlineData("knownAt: \"2026-02-30\"", "'knownAt' is not a valid date")]
    [InlineData("knownAt: { earliest: \"2026-02\", latest: \"2026-01\" }", "'knownAt' is not a valid range")]
    public async Task A_bad_known_at_is_BAD_USER_INPUT(string argument, string message)
    {
        var answer = await Api.PostAsync($$"""{ timeline({{argument}}) { nodes { __typename } } statements({{argument}}) { nodes { id } } }""");
        Assert.Equal(["BAD_USER_INPUT", "BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.Contains(message, answer.Body, StringComparison.Ordinal);
    }

    private async Task<List<string>> TimelineAsync(string arguments) => await ItemsAsync("timeline", arguments);

    private async Task<List<string>> StatementsAsync(string arguments) => await ItemsAsync("statements", arguments);

    private async Task<List<string>> ItemsAsync(string field, string arguments)
    {
        var answer = (await Api.PostAsync($$"""{ answer: {{field}}({{arguments}}) { {{(field == "timeline" ? Items : "totalCount nodes { id }")}} } }""")).AssertOk();
        Assert.Equal(1, answer.CypherRoundTrips);
        var connection = answer.Data.GetProperty("answer");
        var ids = Ids(connection.GetProperty("nodes"));
        Assert.Equal(ids.Count, connection.GetProperty("totalCount").GetInt32());
        return ids;
    }
}
