using System.Diagnostics;
using Timeline.Testing.CypherLint;
using Xunit.Abstractions;

namespace Timeline.UnitTests.CypherLint;

public sealed class CypherFiveCheckTests(KnownCypherTexts known, ITestOutputHelper output) : IClassFixture<KnownCypherTexts>
{
    public static TheoryData<string> Names(CypherLintExpectation expect) =>
        new(KnownCypherTexts.All.Where(k => k.Expect == expect).Select(k => k.Name));

    [Theory]
    [MemberData(nameof(Names), CypherLintExpectation.Error)]
    public void Rejects_text_Neo4j_5_cannot_run(string name)
    {
        var result = known[name];
        var expected = KnownCypherTexts.All.Single(k => k.Name == name);

        Assert.True(result.Errors.Count > 0, result.Describe());
        Assert.Contains(result.Errors, e => e.Message.Contains(expected.MessagePart!, StringComparison.Ordinal));
        Assert.Throws<CypherLintFailedException>(() => CypherLinter.AssertClean([result]));
    }

    [Theory]
    [MemberData(nameof(Names), CypherLintExpectation.WarningOnly)]
    public void Fails_deprecations_and_notifications_as_warnings(string name)
    {
        var result = known[name];
        var expected = KnownCypherTexts.All.Single(k => k.Name == name);

        Assert.Empty(result.Errors);
        Assert.Contains(result.Warnings, w => w.Message.Contains(expected.MessagePart!, StringComparison.Ordinal));
        Assert.Throws<CypherLintFailedException>(() => CypherLinter.AssertClean([result]));
    }

    [Theory]
    [MemberData(nameof(Names), CypherLintExpectation.Clean)]
    public void Accepts_text_valid_for_Neo4j_5(string name) =>
        CypherLinter.AssertClean([known[name]]);

    [Fact]
    public void Reports_position_of_the_problem()
    {
        var error = Assert.Single(known["exists(n.prop)"].Errors);

        Assert.Equal(1, error.Line);
        Assert.Equal(17, error.Column); // "exists" starts at the 17th character
    }

    [Fact]
    public void Failure_message_names_the_text_shows_it_and_lists_every_finding()
    {
        var failure = Assert.Throws<CypherLintFailedException>(() => CypherLinter.AssertClean(known.Results));

        Assert.Equal(
            KnownCypherTexts.All.Count(k => k.Expect != CypherLintExpectation.Clean),
            failure.Failures.Count);
        Assert.Contains("[exists(n.prop)]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("MATCH (n) WHERE exists(n.x) RETURN n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("error 1:17 The property existence syntax", failure.Message, StringComparison.Ordinal);
        Assert.Contains("[id()]", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("[match by id]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whole_batch_is_one_linter_run_and_repeated_texts_share_their_verdict()
    {
        Assert.Equal(KnownCypherTexts.All.Count, known.Results.Count);
        Assert.Single(known.Results.Select(r => r.Run).Distinct());
        Assert.Equal(KnownCypherTexts.All.Select(k => k.Name), known.Results.Select(r => r.Name));
        Assert.True(known["match by id again"].IsClean);
    }

    [Fact]
    public async Task Fifty_texts_lint_in_one_process()
    {
        var texts = Enumerable.Range(0, 50)
            .Select(i => CypherText.FromQuery(
                $"generated {i}",
                $"MATCH (e:Entity {{id: $id}}) RETURN e {{ .id, .name, hop{i}: [(e)-[r:PARTICIPANT]->(ev:Event) WHERE ev.earliest >= $from | ev {{ .id, role: r.role }}] }} AS entity"))
            .ToList();
        var runsBefore = CypherLinter.RunsStarted;
        var clock = Stopwatch.StartNew();

        var results = await CypherLinter.LintAsync(texts);

        output.WriteLine($"50 texts linted in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(50, results.Count);
        Assert.Single(results.Select(r => r.Run).Distinct());
        Assert.True(CypherLinter.RunsStarted > runsBefore);
        CypherLinter.AssertClean(results);
    }

    [Fact]
    public async Task Known_schema_names_turn_typos_into_failures()
    {
        var schema = new CypherLintSchema
        {
            Labels = ["Entity", "Person", "Event"],
            RelationshipTypes = ["PARTICIPANT", "SAID"],
            PropertyKeys = ["id", "name"],
        };

        var results = await CypherLinter.LintAsync(
            [
                CypherText.FromQuery("good", "MATCH (p:Entity:Person {id: $id})-[:PARTICIPANT]->(ev:Event) RETURN p.name AS name, ev.id AS event"),
                CypherText.FromQuery("typos", "MATCH (p:Persn)-[:PARTICIPANTS]->(ev:Event) WHERE p.nmae = $name RETURN ev.id AS event"),
            ],
            schema);

        CypherLinter.AssertClean([results[0]]);
        Assert.Empty(results[1].Errors);
        Assert.Equal(3, results[1].Warnings.Count);
        Assert.Contains(results[1].Warnings, w => w.Message.StartsWith("Label Persn is not present", StringComparison.Ordinal));
        Assert.Contains(results[1].Warnings, w => w.Message.StartsWith("Relationship type PARTICIPANTS is not present", StringComparison.Ordinal));
        Assert.Contains(results[1].Warnings, w => w.Message.StartsWith("nmae is not present", StringComparison.Ordinal));
    }

    [Fact]
    public Task Schema_needs_labels_and_relationship_types_together() =>
        Assert.ThrowsAsync<ArgumentException>(() =>
            CypherLinter.LintAsync([CypherText.FromQuery("q", "RETURN 1")], new CypherLintSchema { Labels = ["Entity"] }));

    [Fact]
    public async Task Empty_batch_starts_no_process()
    {
        var results = await CypherLinter.LintAsync(Array.Empty<CypherText>());

        Assert.Empty(results);
    }
}
