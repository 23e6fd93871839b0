using Timeline.Core.Ingest;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>The ready queries of <c>cypher/browser/</c> run on the seed data and answer their question.</summary>
public sealed class BrowserQueryTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private static string Query(string file) =>
        File.ReadAllText(Path.Combine(Neo4jLocalScript.RepositoryRoot(), "cypher", "browser", file)).Trim().TrimEnd(';');

    [Fact]
    public async Task The_timeline_query_lists_January_items_in_order_with_precisions_counting_the_governments()
    {
        var result = await seed.Client.RunAsync(Query("01-us-venezuela-timeline.cypher"));

        var titles = result.Records.Select(r => r.Get<string>("title")).ToList();
        Assert.True(titles.Count >= 5, string.Join("\n", titles));
        Assert.Contains(result.Records, r => r.Get<string>("precision") == "RANGE");
        Assert.Contains(result.Records, r => r.Get<string>("precision") == "DAY");
        Assert.DoesNotContain(result.Records, r => r.Get<string>("date").StartsWith("2019", StringComparison.Ordinal));
        // Only the two governments take part in the negotiations (each PART_OF its country): found through the parts.
        Assert.Contains(result.Records, r => r.Get<string>("id") == "event:us-venezuela-exploratory-negotiations");
    }

    [Fact]
    public async Task The_Trump_query_lists_his_statements_with_sources()
    {
        var result = await seed.Client.RunAsync(Query("02-everything-trump-said.cypher"));

        Assert.Contains(result.Records, r => r.Get<string>("text").Contains("sign for peace", StringComparison.Ordinal));
        Assert.All(result.Records, r => Assert.NotEmpty(r.Get<IReadOnlyList<object?>>("reportedIn")));
    }

    [Fact]
    public async Task The_tanker_query_finds_a_path_to_the_government()
    {
        var result = await seed.Client.RunAsync(Query("03-tanker-connections.cypher"));

        var record = Assert.Single(result.Records);
        Assert.NotNull(record["path"]);
        Assert.Equal(4L, record["length"]);
    }

    [Fact]
    public async Task The_source_query_lists_every_event_and_statement_the_source_reports()
    {
        var result = await seed.Client.RunAsync(Query("04-facts-from-one-source.cypher"));

        // The seed document (data/seed/FACTS.md, "Document totals"): 21 events and 15 statements, all from its one source.
        var kinds = result.Records.GroupBy(r => r.Get<string>("kind")).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["Event"] = 21, ["Statement"] = 15 }, kinds);
    }

    [Fact]
    public void The_Browser_style_colours_every_entity_kind()
    {
        var grass = File.ReadAllText(Path.Combine(Neo4jLocalScript.RepositoryRoot(), "cypher", "browser", "timeline.grass"));
        Assert.All(Timeline.Core.Ontology.OntologyModel.Default.Kinds, kind => Assert.Contains($"node.{kind.Name} {{", grass));
    }
}
