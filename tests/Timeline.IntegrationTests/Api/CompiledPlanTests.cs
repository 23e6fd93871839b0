using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Translation;

namespace Timeline.IntegrationTests.Api;

/// <summary>A request sent again runs the plan compiled for it before (<see cref="CompiledPlans"/>); the same query text with
/// other variable values gets its own plan and its own answer.</summary>
public sealed class CompiledPlanTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = "query Page($id: ID!, $n: Int!) { timeline(involving: [$id], first: $n) { nodes { __typename ... on Event { id } ... on Statement { id } } } }";

    [Fact]
    public async Task The_same_request_again_reuses_its_plan_and_other_variable_values_get_their_own()
    {
        var plans = api.Factory.Services.GetRequiredService<CompiledPlans>();
        // The first request validates the text; the second compiles the plan kept for it.
        var first = await Ids("gov:venezuela", 2);
        Assert.Equal(first, await Ids("gov:venezuela", 2));
        var kept = plans.Count;
        Assert.True(kept > 0);

        Assert.Equal(first, await Ids("gov:venezuela", 2));
        Assert.Equal(kept, plans.Count);

        var longer = await Ids("gov:venezuela", 3);
        Assert.Equal(3, longer.Count);
        Assert.Equal(first, longer.Take(2));
        Assert.Equal(kept + 1, plans.Count);

        var other = await Ids("country:united-states", 2);
        Assert.Equal(kept + 2, plans.Count);
        Assert.NotEqual(first, other);
    }

    private async Task<List<string>> Ids(string id, int n)
    {
        var response = (await api.PostAsync(Query, new { id, n })).AssertOk();
        return response.Data.GetProperty("timeline").GetProperty("nodes").EnumerateArray()
            .Select(node => node.GetProperty("id").GetString()!).ToList();
    }
}
