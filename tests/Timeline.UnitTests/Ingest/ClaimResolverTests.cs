using Timeline.Core.Ontology;
using Timeline.Core.Provenance;
using Timeline.Primitives;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.UnitTests.Ingest;

/// <summary>What an event shows when its sources disagree: decided from the set of claims, whatever order they came in.</summary>
public sealed class ClaimResolverTests
{
    private static SourceClaim Claim(string source, string? published, params (string Name, object? Value)[] values) =>
        new(source, published is null ? null : PartialDate.Parse(published).EarliestKey, values.ToDictionary(v => v.Name, v => v.Value));

    private static SourceClaim Dated(string source, string published, string date, params (string Name, object? Value)[] values)
    {
        var laidOut = new Dictionary<string, object?>();
        DateLayout.EventDate.Write(laidOut, PartialDate.Parse(date));
        return Claim(source, published, [.. laidOut.Select(kv => (kv.Key, kv.Value)), .. values]);
    }

    private static string? DateOf(params SourceClaim[] claims) => (string?)ClaimResolver.Resolve(claims)[DateLayout.EventDate.Text];

    [Fact]
    public void The_finest_date_wins_when_every_claim_contains_it() =>
        Assert.Equal("2025-12-03", DateOf(Dated("src:a", "2026-01-01", "2025-12"), Dated("src:b", "2026-01-05", "2025-12-03"), Dated("src:c", "2026-01-09", "2025")));

    [Fact]
    public void Dates_that_disagree_give_the_range_from_the_earliest_to_the_latest_claim()
    {
        Assert.Equal("2025-12-03/2025-12-05", DateOf(Dated("src:a", "2026-01-01", "2025-12-03"), Dated("src:b", "2026-01-05", "2025-12-05")));
        Assert.Equal("2025-11/2025-12-05", DateOf(Dated("src:a", "2026-01-01", "2025-11"), Dated("src:b", "2026-01-05", "2025-12-05")));
    }

    [Fact]
    public void The_answer_does_not_depend_on_the_order_of_the_claims()
    {
        SourceClaim[] claims =
        [
            Dated("src:a", "2026-01-01", "2025-12", (P.Title, "First"), (P.Status, "planned")),
            Dated("src:b", "2026-01-05", "2025-12-03", (P.Title, "Second"), (P.Status, "occurred"), (P.Description, "Told by b.")),
        ];
        var forward = ClaimResolver.Resolve(claims);
        var backward = ClaimResolver.Resolve(claims.Reverse().ToList());
        Assert.Equal(forward.OrderBy(kv => kv.Key), backward.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void The_status_is_the_latest_published_sources_and_other_values_the_earliest_that_gives_one()
    {
        var resolved = ClaimResolver.Resolve(
        [
            Dated("src:z", "2026-01-01", "2025-12", (P.Title, "First"), (P.Status, "announced")),
            Dated("src:a", "2026-01-05", "2025-12", (P.Title, "Second"), (P.Status, "occurred"), (P.Description, "Only the later one says.")),
        ]);
        Assert.Equal("occurred", resolved[P.Status]);
        Assert.Equal("First", resolved[P.Title]);
        Assert.Equal("Only the later one says.", resolved[P.Description]);
    }

    [Fact]
    public void An_undated_source_counts_after_every_dated_one_and_ties_go_by_source_id()
    {
        var resolved = ClaimResolver.Resolve([Claim("src:a", null, (P.Title, "Undated")), Claim("src:c", "2026-01-01", (P.Title, "C")), Claim("src:b", "2026-01-01", (P.Title, "B"))]);
        Assert.Equal("B", resolved[P.Title]);
    }

    [Fact]
    public void A_declared_date_property_is_taken_whole_from_one_claim()
    {
        var first = new Dictionary<string, object?>();
        DateLayout.Of("endedOn").Write(first, PartialDate.Parse("2026-01"));
        var second = new Dictionary<string, object?>();
        DateLayout.Of("endedOn").Write(second, PartialDate.Parse("2026-01-07"));
        var resolved = ClaimResolver.Resolve([new SourceClaim("src:b", "2026-02", second), new SourceClaim("src:a", "2026-01", first)]);
        Assert.Equal("2026-01", resolved["endedOn"]);
        Assert.Equal(first["endedOnLatest"], resolved["endedOnLatest"]);
    }

    [Fact]
    public void No_claim_with_a_date_leaves_the_date_empty() =>
        Assert.Null(DateOf(Claim("src:a", "2026-01-01", (P.Title, "Undated event"))));

    [Fact]
    public void An_editors_correction_wins_over_every_claim_and_a_null_in_it_removes_the_value()
    {
        SourceClaim[] claims =
        [
            Dated("src:a", "2026-01-01", "2025-12", (P.Title, "First"), (P.Description, "Told by a.")),
            Dated("src:b", "2026-01-05", "2025-12-03", (P.Title, "Second"), (P.Status, "occurred")),
        ];
        var corrected = new Dictionary<string, object?> { [P.Status] = "called-off", [P.Description] = null };
        DateLayout.EventDate.Write(corrected, PartialDate.Parse("2025-11-30"));
        var correction = new Timeline.Core.Curation.FactCorrection("event:x", "event", corrected, null, false);

        var resolved = ClaimResolver.Resolve(claims, correction);

        Assert.Equal("2025-11-30", resolved[DateLayout.EventDate.Text]); // outside both claims: the editor's date, not a range
        Assert.Equal("DAY", resolved[DateLayout.EventDate.Precision]);
        Assert.Equal("called-off", resolved[P.Status]);
        Assert.Null(resolved[P.Description]); // present, so that writing it removes the property
        Assert.Equal("First", resolved[P.Title]); // not corrected: the earliest-published source's
        Assert.Equal(ClaimResolver.Resolve(claims), ClaimResolver.Resolve(claims, null));
    }
}
