namespace Timeline.IntegrationTests.Api.Reads;

/// <summary><c>Entity.relations(validAt)</c>: the relations whose [validFrom, validTo] overlaps a date, at its precision, a
/// missing bound open. Tester held a position 2018 → 2019 and leads the ministry since 2020-03 (<see cref="ReadsDocuments"/>).</summary>
public sealed class ValidAtTests(ApiFixture api) : ReadsTestBase(api), IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("\"2019-06\"", "HOLDS_POSITION")]          // validTo "2019" reaches to 2019-12-31: it overlaps June 2019
    [InlineData("\"2018-01-01\"", "HOLDS_POSITION")]       // validFrom "2018" starts 2018-01-01
    [InlineData("\"2020\"", "LEADS")]                      // the position ended with 2019; leading began in March 2020
    [InlineData("\"2020-02\"", "")]                        // between the two
    [InlineData("\"2030-05-01\"", "LEADS")]                // no validTo: still valid
    [InlineData("{ earliest: \"2019-11\", latest: \"2020-04\" }", "HOLDS_POSITION,LEADS")]
    public async Task Relations_valid_at_a_date_respect_its_precision_and_open_bounds(string validAt, string expected)
    {
        var answer = (await Api.PostAsync($$"""
            query($p: ID!) { entity(id: $p) { relations(validAt: {{validAt}}) { totalCount nodes { type other { id } } } } }
            """, new { p = W.P })).AssertOk();
        var relations = answer.Data.GetProperty("entity").GetProperty("relations");
        var types = relations.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("type").GetString()!).ToList();
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), types);
        Assert.Equal(types.Count, relations.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, answer.CypherRoundTrips);
    }

    [Theory]
    [InlineData("\"2019-13\"", "'validAt' is not a valid date")]
    [InlineData("{ earliest: \"2020\", latest: \"2019\" }", "'validAt' is not a valid range")]
    [InlineData("{ earliest: \"2020\" }", "'validAt.latest' is missing")]
    public async Task A_bad_date_is_BAD_USER_INPUT_saying_which_argument(string validAt, string message)
    {
        var answer = await Api.PostAsync($$"""
            query($p: ID!) { entity(id: $p) { relations(validAt: {{validAt}}) { nodes { type } } } }
            """, new { p = W.P });
        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.Contains(message, answer.Body, StringComparison.Ordinal);
    }
}
