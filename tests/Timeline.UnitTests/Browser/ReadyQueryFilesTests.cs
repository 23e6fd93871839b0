using Timeline.Api.Hosting;
using Timeline.Core.Ontology;
using Timeline.Primitives;
using Timeline.Query.Browser;
using Timeline.Query.Expressions;
using Timeline.Query.Questions;
using Timeline.Testing.Neo4j;
using Timeline.UnitTests.Api;

namespace Timeline.UnitTests.Browser;

/// <summary>The ready queries of <c>cypher/browser/</c> that are one of the service's questions are that question's Browser
/// text (the query tree the service runs, values written in): this fails when a file and its question drift apart, and
/// writes the generated text next to it as <c>.received</c> (review it, then rename it over the file). Every ready query is
/// one now: 01 is the timeline with its parts (includeParts), 04 the timeline of one source (sources).</summary>
public sealed class ReadyQueryFilesTests
{
    private static string Directory => Path.Combine(Neo4jLocalScript.RepositoryRoot(), "cypher", "browser");

    private static readonly string[] Files =
    [
        "01-us-venezuela-timeline.cypher", "02-everything-trump-said.cypher", "03-tanker-connections.cypher", "04-facts-from-one-source.cypher",
        "05-who-appears-with-maduro.cypher", "06-us-venezuela-histogram.cypher", "07-tanker-every-shortest-chain.cypher",
    ];

    public static readonly TheoryData<string> Generated = new(Files);

    [Theory]
    [MemberData(nameof(Generated))]
    public void A_ready_query_is_its_questions_browser_text(string file) =>
        Approval.Verify(Path.Combine(Directory, file), Text(file));

    [Fact]
    public void Every_ready_query_is_generated()
    {
        var files = System.IO.Directory.GetFiles(Directory, "*.cypher").Select(f => Path.GetFileName(f)).Where(f => !f.Contains(".received.", StringComparison.Ordinal));
        Assert.Equal(Files.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    private static string Text(string file) => file switch
    {
        "01-us-venezuela-timeline.cypher" => Header(nameof(TimelineQuestion))
            + BrowserCypher.Write(TimelineQuestion.Instance, new TimelineArguments(["country:united-states", "country:venezuela"],
                DateWindow.Parse("2026-01", "2026-01"), IncludeParts: true)),
        "02-everything-trump-said.cypher" => Header(nameof(StatementsQuestion))
            + BrowserCypher.Write(StatementsQuestion.Instance, new StatementsArguments("person:donald-trump", null, DateWindow.Open)),
        "03-tanker-connections.cypher" => Header(nameof(PathQuestion))
            + BrowserCypher.Write(new PathQuestion(OntologyModel.Default, new GraphQLLimitsOptions().MaxPathHops),
                new PathArguments("vessel:fifth-seized-tanker-2026-01-09", "gov:venezuela", 6)),
        "04-facts-from-one-source.cypher" => Header(nameof(TimelineQuestion))
            + BrowserCypher.Write(TimelineQuestion.Instance, new TimelineArguments([], DateWindow.Open, Sources: ["src:2026-01-09-caracas"])),
        "05-who-appears-with-maduro.cypher" => Header(nameof(AssociatesQuestion))
            + BrowserCypher.Write(AssociatesQuestion.Instance, new AssociatesArguments("person:nicolas-maduro", DateWindow.Open, null, 20)),
        "06-us-venezuela-histogram.cypher" => Header(nameof(HistogramQuestion))
            + BrowserCypher.Write(new HistogramQuestion(new GraphQLLimitsOptions().MaxHistogramBuckets), new HistogramArguments(
                new TimelineArguments(["gov:united-states", "gov:venezuela"], DateWindow.Parse("2025-12", "2026-01")), DatePrecision.Month)),
        "07-tanker-every-shortest-chain.cypher" => Header(nameof(PathsQuestion))
            + BrowserCypher.Write(new PathsQuestion(new PathQuestion(OntologyModel.Default, new GraphQLLimitsOptions().MaxPathHops)),
                new PathsArguments(new PathArguments("vessel:fifth-seized-tanker-2026-01-09", "gov:venezuela", 6), 5)),
        _ => throw new ArgumentException(file),
    };

    private static string Header(string question) =>
        $"// Generated from {question} (src/Timeline.Query/Questions/{question}.cs), as the service writes it; do not edit: a test\n" +
        "// fails when they drift apart. To ask about something else, change the ids written in below.\n";
}
