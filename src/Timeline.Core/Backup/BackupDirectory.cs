using System.Text.Json;
using Timeline.Core.Curation;

namespace Timeline.Core.Backup;

/// <summary>A backup directory read back and checked before anything is written: its manifest (a version this code knows,
/// steps it knows), every document file the plan names, and the change log.</summary>
public sealed record BackupDirectory(string Path, BackupManifest Manifest, IReadOnlyList<ChangeRecord> Changes)
{
    /// <summary>Reads and checks <paramref name="directory"/>.</summary>
    /// <exception cref="BackupException">The directory is missing, is not a backup, has an unknown format version or step, or
    /// lacks a file its manifest names.</exception>
    public static async Task<BackupDirectory> ReadAsync(string directory, CancellationToken ct = default)
    {
        if (!Directory.Exists(directory))
            throw new BackupException($"No directory '{directory}'.");
        var manifestPath = System.IO.Path.Combine(directory, BackupFormat.ManifestFile);
        if (!File.Exists(manifestPath))
            throw new BackupException($"'{directory}' is not a backup: it has no {BackupFormat.ManifestFile} (an interrupted backup has none either).");

        BackupManifest? manifest;
        try
        {
            using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(manifestPath, ct));
            if (!json.RootElement.TryGetProperty("format", out var format) || !format.TryGetInt32(out var version))
                throw new BackupException($"{manifestPath}: no format version; this is not a timeline backup.");
            if (version != BackupFormat.Version)
                throw new BackupException($"{manifestPath}: format version {version} is unknown; this timeline reads version {BackupFormat.Version}.");
            manifest = json.RootElement.Deserialize<BackupManifest>(BackupFormat.Json);
        }
        catch (JsonException e)
        {
            throw new BackupException($"{manifestPath}: not valid JSON ({e.Message}).");
        }
        if (manifest?.Plan is null)
            throw new BackupException($"{manifestPath}: no plan; this is not a timeline backup.");

        var changes = await ReadChangesAsync(directory, ct);
        var changeIds = changes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < manifest.Plan.Count; i++)
        {
            var step = manifest.Plan[i];
            var where = $"{manifestPath}: plan[{i}]";
            switch (step.Action)
            {
                case ReplayStep.Ingest or ReplayStep.Retract when string.IsNullOrEmpty(step.SourceId):
                    throw new BackupException($"{where}: no sourceId.");
                case ReplayStep.Correct or ReplayStep.Withdraw when string.IsNullOrEmpty(step.Target) || string.IsNullOrEmpty(step.Detail)
                                                                  || string.IsNullOrWhiteSpace(step.Reason) || string.IsNullOrEmpty(step.Actor):
                    throw new BackupException($"{where}: the {step.Action} step has no target, detail, actor or reason.");
                case ReplayStep.Ingest when step.File is null || System.IO.Path.GetFileName(step.File) != step.File
                                            || !File.Exists(System.IO.Path.Combine(directory, step.File)):
                    throw new BackupException($"{where}: the document file '{step.File}' of source '{step.SourceId}' is missing (or not a file name in the backup).");
                case ReplayStep.Retract when string.IsNullOrWhiteSpace(step.Reason) || string.IsNullOrEmpty(step.Actor) || string.IsNullOrEmpty(step.At):
                    throw new BackupException($"{where}: the retraction of '{step.SourceId}' has no actor or reason.");
                case ReplayStep.Merge or ReplayStep.Unmerge when step.ChangeId is null || !changeIds.Contains(step.ChangeId) || string.IsNullOrEmpty(step.Detail):
                    throw new BackupException($"{where}: the {step.Action} step names no change of {BackupFormat.ChangesFile} ('{step.ChangeId}') or has no detail.");
                case ReplayStep.Ingest or ReplayStep.Retract or ReplayStep.Correct or ReplayStep.Withdraw or ReplayStep.Merge or ReplayStep.Unmerge:
                    break;
                default:
                    throw new BackupException($"{where}: the step '{step.Action}' is unknown to this timeline (it replays {ReplayStep.Ingest}, " +
                        $"{ReplayStep.Retract}, {ReplayStep.Correct}, {ReplayStep.Withdraw}, {ReplayStep.Merge} and {ReplayStep.Unmerge}).");
            }
        }
        return new BackupDirectory(directory, manifest with { Incomplete = manifest.Incomplete ?? [] }, changes);
    }

    /// <summary>The document an ingest step names, as bytes (exactly as it was kept).</summary>
    public Task<byte[]> DocumentAsync(ReplayStep step, CancellationToken ct) => File.ReadAllBytesAsync(System.IO.Path.Combine(Path, step.File!), ct);

    private static async Task<IReadOnlyList<ChangeRecord>> ReadChangesAsync(string directory, CancellationToken ct)
    {
        var path = System.IO.Path.Combine(directory, BackupFormat.ChangesFile);
        if (!File.Exists(path))
            throw new BackupException($"'{directory}' has no {BackupFormat.ChangesFile}: the change log is part of a backup.");
        var changes = new List<ChangeRecord>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, ct))
        {
            number++;
            if (line.Length == 0) continue;
            ChangeRecord? change;
            try
            {
                change = JsonSerializer.Deserialize<ChangeRecord>(line, BackupFormat.Json);
            }
            catch (JsonException e)
            {
                throw new BackupException($"{path}:{number}: not a change record ({e.Message}).");
            }
            if (change is null || change.Id is null || change.At is null || change.Actor is null || change.Action is null)
                throw new BackupException($"{path}:{number}: a change record needs id, at, actor and action.");
            changes.Add(change with { Targets = change.Targets ?? [] });
        }
        return changes;
    }
}
