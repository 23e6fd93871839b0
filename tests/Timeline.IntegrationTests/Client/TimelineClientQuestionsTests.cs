using Timeline.Client;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Client;

/// <summary>The client's methods for the questions after "what happened" (issue 13), against the real service with the
/// seed loaded. Expected answers are read off the seed document by hand (data/seed/FACTS.md).</summary>
public sealed class TimelineClientQuestionsTests(LiveService service) : IClassFixture<LiveService>
{
    private static readonly string[] BothGovernments = ["gov:united-states", "gov:venezuela"];

    private TimelineClient Client() => new(new TimelineClientOptions { Endpoint = service.GraphQLEndpoint, ApiKey = service.ApiKey });

    [Fact]
    public async Task Who_appears_with_maduro_ranks_the_us_government_first_and_ties_by_id()
    {
        using var client = Client();
        var result = await client.AssociatesAsync("person:nicolas-maduro");

        // The US government took part in the abduction and the detention, and said the attack that seized him was a
        // "law enforcement operation"; the US military took part in the abduction and the operation; the rest share one item each.
        Assert.Equal(["gov:united-states", "org:us-military", "country:united-states", "country:venezuela", "person:delcy-rodriguez",
            "person:donald-trump", "place:us-federal-facility"], result.Items.Select(a => a.Entity.Id));
        var government = result.Items[0];
        Assert.Equal((2, 1, 3), (government.SharedEvents, government.SharedStatements, government.Total));
        Assert.Equal(DateTimeOffset.Parse("2026-01-03T00:00:00Z"), government.First!.Earliest);
        Assert.Equal(DateTimeOffset.Parse("2026-01-09T23:59:59Z"), government.Last!.Latest);
        Assert.Equal(3, government.Sample.Count);
        Assert.Contains(government.Sample, i => i.Id == "event:maduro-detention");
        Assert.All(result.Items, a => Assert.Equal(a.SharedEvents + a.SharedStatements, a.Total));

        var frame = result.ToDataFrame();
        Assert.Equal(7, frame.Rows.Count);
        Assert.Equal("Government of the United States", frame["name"][0]);

        var people = await client.AssociatesAsync("person:nicolas-maduro", kinds: ["Person"], first: 1);
        Assert.Equal(["person:delcy-rodriguez"], people.Items.Select(a => a.Entity.Id));
        // first: 0 is no associate, and still the entity (not NOT_FOUND).
        Assert.Empty((await client.AssociatesAsync("person:nicolas-maduro", first: 0)).Items);
    }

    [Fact]
    public async Task With_its_parts_venezuela_counts_its_governments_items_and_the_government_is_no_associate()
    {
        using var client = Client();
        // Alone, the country shares 2 events and 4 statements with the US government, and its own government is an associate.
        var alone = await client.AssociatesAsync("country:venezuela");
        Assert.Equal(("gov:united-states", 2, 4), (alone.Items[0].Entity.Id, alone.Items[0].SharedEvents, alone.Items[0].SharedStatements));
        Assert.Contains(alone.Items, a => a.Entity.Id == "gov:venezuela");

        // gov:venezuela is PART_OF country:venezuela: with includeParts its items count too (5 events, 6 statements shared
        // with the US government) and it is part of the question, not an associate.
        var withParts = await client.AssociatesAsync("country:venezuela", includeParts: true);
        Assert.Equal(("gov:united-states", 5, 6), (withParts.Items[0].Entity.Id, withParts.Items[0].SharedEvents, withParts.Items[0].SharedStatements));
        Assert.Equal(["gov:united-states", "country:united-states", "person:donald-trump", "person:delcy-rodriguez", "place:washington", "org:truth-social"],
            withParts.Items.Take(6).Select(a => a.Entity.Id));
        Assert.DoesNotContain(withParts.Items, a => a.Entity.Id is "gov:venezuela" or "country:venezuela");
    }

    [Fact]
    public async Task Associates_of_an_unknown_entity_are_not_found()
    {
        using var client = Client();
        var error = await Assert.ThrowsAsync<TimelineApiException>(() => client.AssociatesAsync("person:nobody-at-all"));
        Assert.Equal("NOT_FOUND", error.Code);
    }

    [Fact]
    public async Task The_us_venezuela_histogram_counts_exact_items_in_their_period_and_imprecise_ones_apart()
    {
        using var client = Client();
        // Items involving both governments: 3 events and 4 statements dated within January 2026, one undated pledge.
        var byMonth = await client.TimelineHistogramAsync(BothGovernments, from: "2025-12", to: "2026-01");
        Assert.Equal([new HistogramBucket("2025-12", 0, 0, 0), new HistogramBucket("2026-01", 3, 4, 0)], byMonth.Buckets);

        // By day: the negotiations and "military force on the table" (3–9 January) are imprecise on each of those days;
        // on the 9th two events and three statements are dated to the day.
        var byDay = await client.TimelineHistogramAsync(BothGovernments, from: "2025-12", to: "2026-01", by: Granularity.Day);
        Assert.Equal(62, byDay.Buckets.Count);
        Assert.Equal("2025-12-01", byDay.Buckets[0].Period);
        Assert.Equal("2026-01-31", byDay.Buckets[^1].Period);
        Assert.Equal(new HistogramBucket("2026-01-09", 2, 3, 2), byDay.Buckets.Single(b => b.Period == "2026-01-09"));
        Assert.All(byDay.Buckets.Where(b => string.CompareOrdinal(b.Period, "2026-01-03") >= 0 && string.CompareOrdinal(b.Period, "2026-01-08") <= 0),
            b => Assert.Equal(new HistogramBucket(b.Period, 0, 0, 2), b));
        Assert.Equal(5 + 2 * 7, byDay.Buckets.Sum(b => b.Events + b.Statements + b.Imprecise)); // 5 exact on the 9th, 2 imprecise on 7 days
        Assert.Equal(DateTimeOffset.Parse("2026-01-09T00:00:00Z"), byDay.Buckets.Single(b => b.Period == "2026-01-09").Start);

        var frame = byDay.ToDataFrame();
        Assert.Equal(62, frame.Rows.Count);
        Assert.NotEmpty(byMonth.ToBrowserCypher());
    }

    [Fact]
    public async Task A_histogram_with_a_bad_date_is_a_bad_user_input_error()
    {
        using var client = Client();
        var error = await Assert.ThrowsAsync<TimelineApiException>(() => client.TimelineHistogramAsync(BothGovernments, from: "2026-13"));
        Assert.Equal("BAD_USER_INPUT", error.Code);
    }

    [Fact]
    public async Task Every_shortest_chain_from_the_tanker_to_venezuelas_government_has_four_steps()
    {
        using var client = Client();
        var result = await client.PathsAsync("vessel:fifth-seized-tanker-2026-01-09", "gov:venezuela", first: 10);

        Assert.NotEmpty(result.Paths);
        Assert.All(result.Paths, p => Assert.Equal(4, p.Length));
        Assert.All(result.Paths, p => Assert.Equal(("vessel:fifth-seized-tanker-2026-01-09", "gov:venezuela"), (p.Nodes[0].Id, p.Nodes[^1].Id)));
        var chains = result.Paths.Select(p => string.Join(" ", p.Nodes.Select(n => n.Id))).ToList();
        Assert.Equal(chains.Count, chains.Distinct().Count());
        // FACTS.md 62: the seizure, the US military, the US government, its sanctions.
        Assert.Contains("vessel:fifth-seized-tanker-2026-01-09 event:fifth-tanker-seizure-2026-01-09 org:us-military gov:united-states gov:venezuela", chains);
        Assert.Equal(result.Paths.Sum(p => p.Steps.Count), result.ToDataFrame().Rows.Count);
        Assert.NotEmpty(result.ToBrowserCypher());

        var none = await client.PathsAsync("vessel:fifth-seized-tanker-2026-01-09", "gov:venezuela", maxHops: 2);
        Assert.Empty(none.Paths);
    }

    [Fact]
    public async Task The_timeline_as_known_on_a_date_and_by_status()
    {
        using var client = Client();
        // The seed's one source was published on 9 January: nothing of it was known on the 6th.
        Assert.Empty((await client.TimelineAsync(new TimelineQuery(BothGovernments, KnownAt: "2026-01-06"))).Items);
        var known = await client.TimelineAsync(new TimelineQuery(BothGovernments, KnownAt: "2026-01-09"));
        Assert.Equal(8, known.Items.Count);
        Assert.All(known.Items, i => Assert.Equal(("2026-01-09", 1), (i.FirstReported?.Text, i.SourceCount)));

        var calledOff = await client.TimelineAsync(new TimelineQuery(["country:venezuela"], Types: ["Attack"], Statuses: ["called-off"]));
        var attack = Assert.Single(calledOff.Items);
        Assert.Equal(("event:second-wave-attacks-called-off", "called-off", false), (attack.Id, attack.Status, attack.Happened));
    }
}
