using Timeline.Core.Curation;

namespace Timeline.Core.Backup;

/// <summary>A source as the backup finds it: its tombstone (null while it stands) and whether its document is kept.</summary>
internal sealed record BackedUpSource(string Id, string? RetractedAt, string? RetractedBy, string? RetractedReason, bool HasDocument);

/// <summary>Decides the order that rebuilds the graph. A fact's <c>sources</c> list is in the order its standing sources were
/// LAST ingested or reinstated (a changed version first takes the old one's support away, so the source moves to the end),
/// entities and relations take each later source's values over the earlier ones', and a retracted source leaves only its
/// tombstone. So the graph is rebuilt by ingesting each source's kept document at the time of its last INGESTED or
/// REINSTATED change and retracting each retracted source at the time of its retraction — all in the original time order.
/// E.g. "S ingested, T ingested, S ingested again changed" replays as T, then S.</summary>
internal static class ReplayPlan
{
    private static readonly HashSet<string> Ingests = new([ChangeAction.Ingested, ChangeAction.Reinstated], StringComparer.Ordinal);

    // Curations replayed as they were made, each by its change (subject and detail), at its time among the sources' steps.
    // A correction or withdrawal lives in its fact's correction node, which ingest applies whenever it writes the fact, so
    // it lands the same whether its fact's source is (re)ingested before or after it. A merge and its undoing replay under
    // their original change ids (an un-merge names its merge).
    private static readonly Dictionary<string, string> Curations = new(StringComparer.Ordinal)
    {
        [ChangeAction.Corrected] = ReplayStep.Correct,
        [ChangeAction.Withdrawn] = ReplayStep.Withdraw,
        [ChangeAction.Merged] = ReplayStep.Merge,
        [ChangeAction.Unmerged] = ReplayStep.Unmerge,
    };

    /// <summary>The change actions this plan reproduces. A graph with any other cannot be rebuilt by it: a later format adds
    /// steps for them.</summary>
    public static IReadOnlySet<string> Replayed { get; } =
        new HashSet<string>([.. Ingests, ChangeAction.Retracted, .. Curations.Keys], StringComparer.Ordinal);

    /// <summary>The steps, and the sources that cannot be replayed (no kept document, or no change saying when it was
    /// ingested: both are sources ingested before documents and changes were kept).</summary>
    public static (IReadOnlyList<ReplayStep> Steps, IReadOnlyList<IncompleteSource> Incomplete) Of(
        IEnumerable<BackedUpSource> sources, IReadOnlyList<ChangeRecord> changesOldestFirst)
    {
        var lastIngest = new Dictionary<string, ChangeRecord>(StringComparer.Ordinal);
        var lastRetraction = new Dictionary<string, ChangeRecord>(StringComparer.Ordinal);
        foreach (var change in changesOldestFirst.Where(c => c.SourceId is not null))
        {
            if (Ingests.Contains(change.Action)) lastIngest[change.SourceId!] = change;
            else if (change.Action == ChangeAction.Retracted) lastRetraction[change.SourceId!] = change;
        }

        var steps = new List<ReplayStep>();
        var incomplete = new List<IncompleteSource>();
        foreach (var source in sources)
        {
            if (!source.HasDocument)
            {
                incomplete.Add(new IncompleteSource(source.Id, "no kept document (it was ingested before documents were kept); ingest its document again to include it"));
                continue;
            }
            if (!lastIngest.TryGetValue(source.Id, out var ingested))
            {
                incomplete.Add(new IncompleteSource(source.Id, "no INGESTED change record says when it was ingested, so its place in the order is unknown; ingest its document again to include it"));
                continue;
            }
            steps.Add(new ReplayStep(ReplayStep.Ingest, source.Id, ingested.At, ingested.Actor, ingested.Reason, ingested.Id, null));
            // The tombstone on the node is what the graph holds; the change record, when there is one, is named beside it.
            if (source.RetractedAt is { } at)
                steps.Add(new ReplayStep(ReplayStep.Retract, source.Id, at, source.RetractedBy ?? "", source.RetractedReason,
                    lastRetraction.GetValueOrDefault(source.Id)?.Id, null));
        }
        foreach (var change in changesOldestFirst)
        {
            if (Curations.TryGetValue(change.Action, out var action) && change.Targets.Count > 0)
                steps.Add(new ReplayStep(action, null, change.At, change.Actor, change.Reason, change.Id, null, change.Targets[0], change.Detail));
        }
        var ordered = steps.OrderBy(s => s.At, StringComparer.Ordinal)
            .ThenBy(s => s.Action == ReplayStep.Ingest ? 0 : 1)
            .ThenBy(s => s.SourceId ?? s.Target, StringComparer.Ordinal)
            .ToList();
        return (ordered, incomplete.OrderBy(i => i.SourceId, StringComparer.Ordinal).ToList());
    }
}
