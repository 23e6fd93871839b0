using Timeline.Core.Curation;
using Timeline.Neo4j;

namespace Timeline.Core.Backup;

/// <summary>Reads every change record, oldest first.</summary>
internal static class ChangeLogReader
{
    public static async Task<IReadOnlyList<ChangeRecord>> ReadAllAsync(Neo4jTransaction tx, CancellationToken ct)
    {
        var result = await tx.RunAsync(BackupCypher.Changes, null, ct);
        return result.Records.Select(ChangeLog.Read).ToList();
    }
}
