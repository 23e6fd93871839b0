using Timeline.Bench.Corpus;
using Timeline.Bench.Ingest;
using Timeline.Bench.Queries;
using Timeline.Core.Ontology;
using Timeline.Neo4j;
using Timeline.Testing.CypherLint;

namespace Timeline.UnitTests.Bench;

/// <summary>The bench's hand-written Cypher is project Cypher too, and passes Neo4j's Cypher 5 linter as the texts the tests
/// record do: every request's hand-written and reference query, and every statement the hand-written writers send for a
/// small corpus. The bench is not run by the tests, so without this its texts would never be checked.</summary>
public sealed class BenchCypherLintTests
{
    [Fact]
    public async Task Every_hand_written_query_of_the_catalog_is_valid_cypher_5()
    {
        var targets = new QueryTargets("country:hub", 5000, "person:leader", new SearchTexts("qua", "Qua Velador", "Mr. Qua", "quavelador", new KindSearch("qu", "Organization")),
            "person:a", "person:b", "2020-01", "2020-02", new LaterPage(500, "cursor", "2020-01-01T00:00:00Z", "2020-01-31T23:59:59Z", "event:x"),
            "2020");
        var cases = QueryCatalog.Build(targets);
        var texts = cases.Select(c => new CypherText(c.Name, c.Cypher, c.CypherParameters.Keys.ToList()))
            .Concat(cases.Where(c => c.Reference is not null).Select(c => Text(c.Name + " (reference)", c.Reference!)))
            .ToList();
        Assert.Contains(texts, t => t.Name == "hub-timeline-later-page");
        await CypherLinter.AssertCypher5Async(texts);
    }

    [Fact]
    public async Task Every_statement_of_the_hand_written_writers_is_valid_cypher_5()
    {
        var corpus = new CorpusGenerator(20260109, 30, OntologyModel.Default).Generate().ToList();
        var json = corpus.Select(DocumentJson.Write).ToList();
        var statements = corpus.SelectMany((doc, i) => HandWrittenWriter.Build(doc, json[i]).Select(s => ("per document", s)))
            .Concat(LargeBatchWriter.Build(corpus, json).Select(s => ("large batch", s)))
            .ToList();
        // One text per distinct statement text and parameter names (a text is sent once per document or batch).
        var texts = statements.Select(p => Text(p.Item1, p.Item2)).DistinctBy(t => (t.Query, string.Join(",", t.ParameterNames.Order()))).ToList();
        Assert.True(texts.Count >= 10, $"Expected the writers' statements, found {texts.Count} distinct texts.");
        await CypherLinter.AssertCypher5Async(texts);
    }

    private static CypherText Text(string name, Statement statement) =>
        new(name, statement.Text, statement.Parameters?.Keys.ToList() ?? []);
}
