using Timeline.Bench.Queries;
using Timeline.Testing.CypherLint;

namespace Timeline.UnitTests.Bench;

/// <summary>The bench's hand-written Cypher is project Cypher too: every text of its query catalog (each request's
/// hand-written query and reference query) passes Neo4j's Cypher 5 linter, as the texts the tests record do. The bench is
/// not run by the tests, so without this its texts would never be checked.</summary>
public sealed class BenchCypherLintTests
{
    [Fact]
    public async Task Every_hand_written_query_of_the_catalog_is_valid_cypher_5()
    {
        var targets = new QueryTargets("country:hub", 5000, "person:leader", new SearchTexts("qua", "Qua Velador", "Mr. Qua", "quavelador"),
            "person:a", "person:b", "2020-01", "2020-02", new LaterPage(500, "cursor", "2020-01-01T00:00:00Z", "2020-01-31T23:59:59Z", "event:x"),
            "2020");
        var cases = QueryCatalog.Build(targets);
        var texts = cases.Select(c => new CypherText(c.Name, c.Cypher, c.CypherParameters.Keys.ToList()))
            .Concat(cases.Where(c => c.Reference is not null)
                .Select(c => new CypherText(c.Name + " (reference)", c.Reference!.Text, c.Reference.Parameters?.Keys.ToList() ?? [])))
            .ToList();
        Assert.Contains(texts, t => t.Name == "hub-timeline-later-page");
        await CypherLinter.AssertCypher5Async(texts);
    }
}
