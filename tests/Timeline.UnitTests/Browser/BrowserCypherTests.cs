using Timeline.Api.Hosting;
using Timeline.Core.Ontology;
using Timeline.Primitives;
using Timeline.Query.Browser;
using Timeline.Query.Expressions;
using Timeline.Query.Paging;
using Timeline.Query.Questions;
using Timeline.Testing.CypherLint;
using Timeline.Testing.Neo4j;
using Timeline.UnitTests.Api;

namespace Timeline.UnitTests.Browser;

/// <summary>Each question's Browser text: the query tree the service runs, the whole answer (never a page), values written
/// in as escaped literals, the question's Browser columns. Approved in Approved/ and valid Cypher 5.</summary>
public sealed class BrowserCypherTests
{
    private const string Hostile = "x\"}) DETACH DELETE n //\nMATCH (m) DETACH DELETE m";

    private static readonly PathQuestion Path = new(OntologyModel.Default, new GraphQLLimitsOptions().MaxPathHops);

    private static IEnumerable<(string Name, string Text)> Texts() =>
    [
        ("timeline-involving-window-types", BrowserCypher.Write(TimelineQuestion.Instance, new TimelineArguments(
            ["gov:united-states", "gov:venezuela"], DateWindow.Parse("2026-01", "2026-01-09T12:00Z"), ["Seizure", "Statement"],
            new Page(2, "WyIyMDI2LTAxLTAzVDAwOjAwOjAwWiIsIjIwMjYtMDEtMDdUMjM6NTk6NTlaIiwiZXZlbnQ6bWFkdXJvLWFiZHVjdGlvbiJd")))),
        ("timeline-whole-graph", BrowserCypher.Write(TimelineQuestion.Instance, new TimelineArguments([], DateWindow.Parse("2025-12", null), null, new Page(50)))),
        ("statements-speaker-about-window", BrowserCypher.Write(StatementsQuestion.Instance, new StatementsArguments(
            "person:donald-trump", "person:delcy-rodriguez", DateWindow.Parse("2026", "2026-01-03/2026-01-09"), new Page(50)))),
        ("search-kinds", BrowserCypher.Write(new SearchQuestion(OntologyModel.Default), new SearchArguments("Rodríguez", ["Person", "Government"], 5))),
        ("path", BrowserCypher.Write(Path, new PathArguments("vessel:fifth-seized-tanker-2026-01-09", "gov:venezuela", 6))),
        ("paths", BrowserCypher.Write(new PathsQuestion(Path), new PathsArguments(new PathArguments("vessel:fifth-seized-tanker-2026-01-09", "gov:venezuela", 6), 5))),
        ("timeline-histogram-month", BrowserCypher.Write(new HistogramQuestion(new GraphQLLimitsOptions().MaxHistogramBuckets), new HistogramArguments(
            new TimelineArguments(["gov:united-states", "gov:venezuela"], DateWindow.Parse("2025-12", "2026-01")), DatePrecision.Month))),
        ("timeline-histogram-day-whole-graph", BrowserCypher.Write(new HistogramQuestion(new GraphQLLimitsOptions().MaxHistogramBuckets), new HistogramArguments(
            new TimelineArguments([], DateWindow.Open, ["Statement"]), DatePrecision.Day))),
        ("associates-kinds-window", BrowserCypher.Write(AssociatesQuestion.Instance, new AssociatesArguments(
            "person:nicolas-maduro", DateWindow.Parse("2026-01", "2026-01-31"), ["Person", "Government"], 5))),
        ("entities-kind", BrowserCypher.Write(EntitiesQuestion.Instance, new EntitiesArguments("Government", new Page(20)))),
        ("entity-by-id", BrowserCypher.Write(ByIdQuestion.Entity, "person:nicolas-maduro")),
        ("hostile-values", BrowserCypher.Write(StatementsQuestion.Instance, new StatementsArguments(Hostile, Hostile, DateWindow.Open))),
    ];

    public static readonly TheoryData<string> Names = new(Texts().Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_questions_browser_text_is_approved(string name) => Approval.Verify(
        System.IO.Path.Combine(Neo4jLocalScript.RepositoryRoot(), "tests", "Timeline.UnitTests", "Browser", "Approved", name + ".cypher"),
        Texts().Single(t => t.Name == name).Text);

    [Fact]
    public async Task Each_questions_browser_text_is_valid_cypher_5_with_no_parameter() =>
        await CypherLinter.AssertCypher5Async(Texts().Select(t => new CypherText("browser: " + t.Name, t.Text, [])));

    [Fact]
    public void A_browser_text_is_the_whole_answer_and_hostile_values_stay_literals()
    {
        var texts = Texts().ToDictionary(t => t.Name, t => t.Text);
        Assert.DoesNotContain("LIMIT", texts["timeline-involving-window-types"], StringComparison.Ordinal);
        Assert.DoesNotContain("$", texts["timeline-involving-window-types"], StringComparison.Ordinal);
        Assert.Contains("LIMIT 5", texts["search-kinds"], StringComparison.Ordinal); // search's own 'first' is the question
        Assert.Contains("{id: \"x\\\"}) DETACH DELETE n //\\nMATCH (m) DETACH DELETE m\"}", texts["hostile-values"], StringComparison.Ordinal);
        Assert.Single(texts["hostile-values"].Split('\n'), l => l.StartsWith("//", StringComparison.Ordinal)); // the comment stays one line
    }
}
