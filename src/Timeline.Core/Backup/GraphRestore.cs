using System.Diagnostics;
using Timeline.Core.Audit;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Neo4j;

namespace Timeline.Core.Backup;

/// <summary>Rebuilds a backed-up graph on an empty server: applies the schema, replays the plan — each document through
/// <see cref="IngestionService"/>, each retraction through <see cref="SourceCuration"/>, each correction or withdrawal through
/// <see cref="FactCuration"/> with its original time, actor and reason, each merge and un-merge through <see cref="EntityMerge"/>
/// under its original change id — and finally puts the original change log in place of the records the replay wrote, so <c>history(id)</c> reads
/// as before. Documents are validated against today's ontology, as any ingest is.</summary>
public sealed class GraphRestore(Neo4jClient client, OntologyModel ontology, IngestLimits limits)
{
    // Change records go back this many per statement, a statement per request (all in one transaction).
    private const int ChangesPerStatement = 500;

    /// <summary>Restores <paramref name="backup"/>, reporting each step to <paramref name="progress"/>.</summary>
    /// <exception cref="BackupException">The target graph is not empty (nothing written), or a step was refused (the graph then
    /// holds the steps before it: empty it before trying again).</exception>
    public async Task<RestoreResult> RestoreAsync(BackupDirectory backup, IProgress<RestoreProgress>? progress = null, CancellationToken ct = default)
    {
        await EnsureEmptyAsync(ct);
        await new SchemaMigrator(client, ontology).MigrateAsync(ct);

        // The replay's own change records: its ingests under an actor of its own, its retractions by the ids they answer.
        var replayActor = "restore:" + Guid.NewGuid().ToString("N");
        var replayChanges = new List<string>();
        var ingestion = new IngestionService(client, ontology, limits);
        var audit = new IngestAuditLog(client);
        var curation = new SourceCuration(client, ingestion, audit);
        var merge = new EntityMerge(client, ingestion, audit);
        var facts = new FactCuration(client, ingestion, audit);
        var plan = backup.Manifest.Plan;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < plan.Count; i++)
        {
            var step = plan[i];
            var where = $"step {i + 1} of {plan.Count} ({step.Action} {step.SourceId ?? step.Target}{(step.File is null ? "" : ", " + step.File)})";
            var errors = step.Action switch
            {
                ReplayStep.Ingest => (await ingestion.IngestAsync(await backup.DocumentAsync(step, ct), ct, replayActor)).Errors,
                ReplayStep.Retract => Replayed(await curation.RetractSourceAsOfAsync(step.SourceId!, step.Reason!, step.Actor, step.At, ct), replayChanges),
                ReplayStep.Correct => Replayed(await facts.CorrectFactAsOfAsync(step.Target!, step.Detail!, step.Reason!, step.Actor, step.At, ct), replayChanges),
                ReplayStep.Withdraw => Replayed(await facts.WithdrawFactAsOfAsync(step.Target!, step.Detail!, step.Reason!, step.Actor, step.At, ct), replayChanges),
                ReplayStep.Merge => Replayed(await merge.MergeEntitiesAsOfAsync(Original(step, ChangeAction.Merged), ct), replayChanges),
                ReplayStep.Unmerge => Replayed(await merge.UnmergeEntitiesAsOfAsync(Original(step, ChangeAction.Unmerged), ct), replayChanges),
                _ => throw new BackupException($"{where}: '{step.Action}' is not a step this version can replay."),
            };
            if (errors.Count > 0)
                throw new BackupException($"{where} was refused; the graph holds the steps before it (empty it before trying again):\n" +
                    string.Join("\n", errors.Select(e => $"  {e.Path}: {e.Message}")));
            progress?.Report(new RestoreProgress(i + 1, plan.Count, step, clock.Elapsed));
        }
        if (audit.PendingCount > 0) await audit.FlushAsync(ct);

        await client.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync(new Statement(BackupCypher.DeleteReplayChanges, new Dictionary<string, object?> { ["actor"] = replayActor, ["ids"] = replayChanges }), ct);
            foreach (var chunk in backup.Changes.Chunk(ChangesPerStatement))
                await tx.RunAsync(ChangeLog.Write(chunk), ct);
            await tx.CommitAsync(ct);
            return true;
        }, ct);
        return new RestoreResult(plan.Count(s => s.Action == ReplayStep.Ingest), plan.Count(s => s.Action != ReplayStep.Ingest),
            backup.Changes.Count, backup.Manifest.Incomplete);
    }

    // A curation's replay writes a change record of its own (the original's id where it reuses it): it goes before the
    // original log is put back.
    private static IReadOnlyList<ValidationError> Replayed(CurationResult result, List<string> replayChanges)
    {
        if (result.ChangeId is { } id) replayChanges.Add(id);
        return result.Errors;
    }

    // The change a merge step replays, as the step carries it (its detail names the entities).
    private static ChangeRecord Original(ReplayStep step, string action) =>
        new(step.ChangeId!, step.At, step.Actor, action, null, step.Reason, [], step.Detail);

    private async Task EnsureEmptyAsync(CancellationToken ct)
    {
        var counts = await client.RunAsync([.. BackupCypher.Occupying.Select(label => new Statement(BackupCypher.Count(label)))], ct);
        var found = BackupCypher.Occupying.Zip(counts, (label, result) => (Label: label, Count: result.Records[0].Get<long>("count")))
            .Where(c => c.Count > 0).ToList();
        if (found.Count > 0)
            throw new BackupException("The target graph is not empty (" + string.Join(", ", found.Select(f => $"{f.Count} {f.Label}")) +
                "); a restore rebuilds a graph on an empty server and wrote nothing. Point it at an empty database.");
    }
}

/// <summary>What a restore did: documents ingested, curations (retractions, corrections, withdrawals) replayed, change records written back, and the sources the
/// backup had left out.</summary>
public sealed record RestoreResult(int Documents, int Curations, int Changes, IReadOnlyList<IncompleteSource> Omitted);
