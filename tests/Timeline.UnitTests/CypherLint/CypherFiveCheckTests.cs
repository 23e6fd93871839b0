using Timeline.Testing.CypherLint;

namespace Timeline.UnitTests.CypherLint;

public sealed class CypherFiveCheckTests(KnownCypherTexts known) : IClassFixture<KnownCypherTexts>
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

}
