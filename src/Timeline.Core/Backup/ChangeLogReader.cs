using Timeline.Core.Curation;
using Timeline.Neo4j;

namespace Timeline.Core.Backup;

/// <summary>Reads every change record, oldest first.</summary>
internal static class ChangeLogReader
{
    public static async Task<IReadOnlyList<ChangeRecord>> ReadAllAsync(Neo4jTransaction tx, CancellationToken ct)
    {
        var result = await tx.RunAsync(BackupCypher.Changes, null, ct);
        return result.Records.Select(r => new ChangeRecord(r.Get<string>("id"), r.Get<string>("at"), r.Get<string>("actor"),
            r.Get<string>("action"), r.Get<string?>("sourceId"), r.Get<string?>("reason"), r.Get<List<string>?>("targets") ?? [],
            r.Get<string?>("detail"))).ToList();
    }
}
