using System.Globalization;
using System.Text;
using System.Text.Json;
using Timeline.Core.Curation;
using Timeline.Core.Provenance;
using Timeline.Neo4j;

namespace Timeline.Core.Backup;

/// <summary>Writes the graph as what it was made from (<see cref="BackupFormat"/>): each source's kept ingest document, in the
/// order that rebuilds the graph (<see cref="ReplayPlan"/>), and the change log — plain files any later server can be
/// rebuilt from by <see cref="GraphRestore"/>, whatever its version.</summary>
public sealed class GraphBackup(Neo4jClient client)
{
    /// <summary>Writes the backup into <paramref name="directory"/> (created; it must not hold anything yet). A source whose
    /// document or ingest record was never kept refuses the backup — nothing is written — unless
    /// <paramref name="allowIncomplete"/>, when it is left out and named in the manifest.</summary>
    /// <exception cref="BackupException">The directory is not empty, or sources cannot be included.</exception>
    public async Task<BackupManifest> WriteAsync(string directory, bool allowIncomplete, CancellationToken ct = default)
    {
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
            throw new BackupException($"'{directory}' is not empty: a backup goes into a new or empty directory.");

        var (sources, changes, documents) = await client.ExecuteReadAsync(async tx =>
        {
            var read = await tx.RunAsync(BackupCypher.Sources, null, ct);
            var found = read.Records.Select(r => new BackedUpSource(r.Get<string>("id"), r.Get<string?>("retractedAt"),
                r.Get<string?>("retractedBy"), r.Get<string?>("retractedReason"), r.Get<bool>("kept"))).ToList();
            var log = await ChangeLogReader.ReadAllAsync(tx, ct);
            var kept = await tx.RunAsync(ProvenanceCypher.Documents,
                new Dictionary<string, object?> { ["ids"] = found.Where(s => s.HasDocument).Select(s => s.Id).ToList() }, ct);
            return (found, log, kept.Records.ToDictionary(r => r.Get<string>("id"), r => r.Get<string>("document"), StringComparer.Ordinal));
        }, ct);

        var unknown = changes.Where(c => !ReplayPlan.Replayed.Contains(c.Action)).GroupBy(c => c.Action).ToList();
        if (unknown.Count > 0)
            throw new BackupException("The graph holds changes this backup format cannot replay yet (" +
                string.Join(", ", unknown.Select(g => $"{g.Count()} {g.Key}")) + "); nothing was written.");

        var (steps, incomplete) = ReplayPlan.Of(sources, changes);
        if (incomplete.Count > 0 && !allowIncomplete)
            throw new BackupException($"{incomplete.Count} source(s) cannot be backed up as documents; nothing was written. " +
                "Ingest their documents again, or back up without them (--allow-incomplete).", incomplete);

        Directory.CreateDirectory(directory);
        var plan = new List<ReplayStep>(steps.Count);
        var position = 0;
        foreach (var step in steps)
        {
            if (step.Action != ReplayStep.Ingest)
            {
                plan.Add(step);
                continue;
            }
            var file = BackupFormat.DocumentFile(++position, step.SourceId!);
            await File.WriteAllBytesAsync(Path.Combine(directory, file), Encoding.UTF8.GetBytes(documents[step.SourceId!]), ct);
            plan.Add(step with { File = file });
        }
        await using (var log = new StreamWriter(Path.Combine(directory, BackupFormat.ChangesFile), false, new UTF8Encoding(false)))
        {
            log.NewLine = "\n";
            foreach (var change in changes) await log.WriteLineAsync(JsonSerializer.Serialize(change, BackupFormat.Json));
        }
        var manifest = new BackupManifest(BackupFormat.Version,
            DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), sources.Count, changes.Count, plan, incomplete);
        // Last: a directory with a manifest is a finished backup.
        await File.WriteAllTextAsync(Path.Combine(directory, BackupFormat.ManifestFile),
            JsonSerializer.Serialize(manifest, new JsonSerializerOptions(BackupFormat.Json) { WriteIndented = true }) + "\n", ct);
        return manifest;
    }
}
