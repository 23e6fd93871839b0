namespace Timeline.Core.Backup;

/// <summary>What <c>manifest.json</c> holds.</summary>
/// <param name="Format">The format version (<see cref="BackupFormat.Version"/>).</param>
/// <param name="CreatedAt">When the backup was taken (ISO-8601 UTC).</param>
/// <param name="SourceCount">Sources in the graph (retracted ones included).</param>
/// <param name="ChangeCount">Lines of <c>changes.jsonl</c>.</param>
/// <param name="Plan">The steps that rebuild the graph, in order.</param>
/// <param name="Incomplete">Sources the backup could not include (empty unless the backup was taken with
/// <c>--allow-incomplete</c>): a restore rebuilds the graph without them.</param>
public sealed record BackupManifest(int Format, string CreatedAt, int SourceCount, int ChangeCount, IReadOnlyList<ReplayStep> Plan,
    IReadOnlyList<IncompleteSource> Incomplete);

/// <summary>One step of a restore: the change it replays (by the original change's time, actor and reason).</summary>
/// <param name="Action">A <see cref="ReplayStep"/> action: <see cref="Ingest"/>, <see cref="Retract"/>, <see cref="Correct"/>, <see cref="Merge"/>, <see cref="Unmerge"/> or
/// <see cref="Withdraw"/> (a restore refuses an action it does not know).</param>
/// <param name="SourceId">The source it concerns (null for a fact's curation).</param>
/// <param name="At">When the original change was made: steps are in this order.</param>
/// <param name="Actor">Who made it.</param>
/// <param name="Reason">Why (a retraction's reason).</param>
/// <param name="ChangeId">The original change record, when the log has it.</param>
/// <param name="File">An ingest's document file.</param>
/// <param name="Target">A curation's subject (the fact a correction or withdrawal concerns, a merge's survivor); null for a source's step.</param>
/// <param name="Detail">A curation's arguments: its original change's detail (JSON text), which the replay reads them from.</param>
public sealed record ReplayStep(string Action, string? SourceId, string At, string Actor, string? Reason, string? ChangeId, string? File,
    string? Target = null, string? Detail = null)
{
    /// <summary>Merge entities as the original change did (its detail names them), under its change id.</summary>
    public const string Merge = "merge";

    /// <summary>Undo a merge as the original change did.</summary>
    public const string Unmerge = "unmerge";

    /// <summary>Ingest the source's kept document (its last ingest or reinstatement).</summary>
    public const string Ingest = "ingest";

    /// <summary>Retract the source, with the original time, actor and reason.</summary>
    public const string Retract = "retract";

    /// <summary>Correct a fact (<see cref="Target"/>) as its change's <see cref="Detail"/> says, with the original time, actor
    /// and reason.</summary>
    public const string Correct = "correct";

    /// <summary>Withdraw a fact (<see cref="Target"/>), with the original time, actor and reason.</summary>
    public const string Withdraw = "withdraw";
}

/// <summary>A source the backup could not write as a document, and why.</summary>
public sealed record IncompleteSource(string SourceId, string Reason);
