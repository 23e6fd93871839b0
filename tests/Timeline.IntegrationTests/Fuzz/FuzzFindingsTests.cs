using Timeline.IntegrationTests.Api;

namespace Timeline.IntegrationTests.Fuzz;

/// <summary>What the fuzz test found, pinned down as plain tests.</summary>
public sealed class FuzzFindingsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task An_integer_id_variable_is_coerced_to_an_id_not_an_internal_error()
    {
        var response = await api.PostAsync("query($id: ID!) { entity(id: $id) { id } source(id: $id) { id } path(from: $id, to: \"gov:venezuela\") { length } }",
            new { id = 123 });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND"], response.ErrorCodes);
        Assert.Contains("123", response.Body);
    }
}
