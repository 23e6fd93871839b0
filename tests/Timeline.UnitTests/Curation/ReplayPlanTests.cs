using Timeline.Core.Backup;
using Timeline.Core.Curation;

namespace Timeline.UnitTests.Curation;

/// <summary>The replay order of a backup: each source at its last ingest, each curation of a fact at its own time, with its
/// original actor, reason and detail.</summary>
public sealed class ReplayPlanTests
{
    private static ChangeRecord Change(string at, string action, string? source, string? target = null, string? detail = null) =>
        new($"change:{at}", $"2026-01-0{at}T00:00:00.0000000Z", "editor:ana", action, source, action == ChangeAction.Ingested ? null : "why",
            target is null ? [] : [target], detail);

    [Fact]
    public void Corrections_and_withdrawals_are_replayed_at_their_time_between_the_sources_last_ingests()
    {
        var changes = new[]
        {
            Change("1", ChangeAction.Ingested, "src:a"),
            Change("2", ChangeAction.Corrected, null, "event:x", """{"kind":"event","changes":{"title":"T"}}"""),
            Change("3", ChangeAction.Ingested, "src:b"),
            Change("4", ChangeAction.Withdrawn, null, "stmt:y", """{"kind":"statement","was":{}}"""),
            Change("5", ChangeAction.Ingested, "src:a"),
        };
        var (steps, incomplete) = ReplayPlan.Of([new BackedUpSource("src:a", null, null, null, true), new BackedUpSource("src:b", null, null, null, true)], changes);

        Assert.Empty(incomplete);
        Assert.Equal(
        [
            (ReplayStep.Correct, "event:x"), (ReplayStep.Ingest, "src:b"), (ReplayStep.Withdraw, "stmt:y"), (ReplayStep.Ingest, "src:a"),
        ], steps.Select(s => (s.Action, s.SourceId ?? s.Target!)));
        var correction = steps[0];
        Assert.Equal(("editor:ana", "why", "change:2", changes[1].Detail), (correction.Actor, correction.Reason, correction.ChangeId, correction.Detail));
        Assert.Contains(ChangeAction.Corrected, ReplayPlan.Replayed);
        Assert.Contains(ChangeAction.Withdrawn, ReplayPlan.Replayed);
    }
}
