using Timeline.Core.Cypher;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Neo4j;
using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Curation;

/// <summary>What an un-merge must know of the change log: the merge itself, the curations since that it cannot undo, and
/// the documents ingested since that it must write again.</summary>
internal static class UnmergeCheck
{
    private static readonly string ReadChange = $"MATCH (c:{L.Change} {{{P.Id}: $id}}) RETURN {ChangeLog.Columns("c")}";

    // Later curations of these ids; a merge counts while it stands (its snapshot is there).
    private static readonly string LaterCurations = $$"""
        MATCH (c:{{L.Change}})
        WHERE c.{{P.At}} > $at AND c.{{P.Action}} IN $actions AND any(t IN c.{{P.Targets}} WHERE t IN $ids)
        WITH c, c.{{P.Id}} AS changeId
        OPTIONAL MATCH (s:{{L.MergeSnapshot}} {{{MergeCypher.Merge}}: changeId})
        WITH c, count(s) AS standing
        WHERE c.{{P.Action}} <> $merged OR standing > 0
        RETURN {{ChangeLog.Columns("c")}}
        ORDER BY at
        LIMIT 5
        """;

    // The standing sources last ingested since, that named these ids, with their kept documents, in ingest order.
    private static readonly string LaterDocuments = $$"""
        MATCH (c:{{L.Change}})
        WHERE c.{{P.At}} > $at AND c.{{P.Action}} IN $actions AND c.{{P.SourceId}} IS NOT NULL AND any(t IN c.{{P.Targets}} WHERE t IN $ids)
        WITH DISTINCT c.{{P.SourceId}} AS sourceId
        MATCH {{GraphCypher.ById("s", L.Source, "sourceId")}}
        WHERE s.{{P.RetractedAt}} IS NULL
        {{GraphCypher.Lock("s")}}
        WITH s, sourceId
        MATCH (d:{{L.SourceDocument}} {{{P.SourceId}}: sourceId})
        MATCH (last:{{L.Change}} {{{P.SourceId}}: sourceId})
        WHERE last.{{P.Action}} IN $actions
        WITH sourceId, d.{{P.Document}} AS document, max(last.{{P.At}}) AS at
        RETURN sourceId, document
        ORDER BY at
        """;

    public static async Task<ChangeRecord> ReadMergeAsync(Neo4jTransaction tx, string id, CancellationToken ct)
    {
        var read = await tx.RunAsync(ReadChange, new Dictionary<string, object?> { ["id"] = id }, ct);
        if (read.Records.Count == 0)
            throw new IngestRejectedException([new ValidationError("changeId", $"No change '{id}' is on record; pass the changeId mergeEntities returned.")]);
        var change = ChangeLog.Read(read.Records[0]);
        if (change.Action != ChangeAction.Merged)
            throw new IngestRejectedException([new ValidationError("changeId", $"'{id}' is a {change.Action} change, not a merge; pass the changeId mergeEntities returned.")]);
        return change;
    }

    public static async Task RefuseLaterCurationsAsync(Neo4jTransaction tx, ChangeRecord merge, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var read = await tx.RunAsync(LaterCurations, new Dictionary<string, object?>
        {
            ["at"] = merge.At, ["ids"] = ids.Concat(merge.Targets).Distinct().ToList(), ["merged"] = ChangeAction.Merged,
            ["actions"] = new List<object?> { ChangeAction.Retracted, ChangeAction.Corrected, ChangeAction.Withdrawn, ChangeAction.Merged },
        }, ct);
        var later = read.Records.Select(ChangeLog.Read).ToList();
        if (later.Count > 0)
            throw new IngestRejectedException([.. later.Select(c => new ValidationError("changeId",
                $"Change {c.Id} ({c.Action} by {c.Actor} at {c.At}) touched these entities after the merge; an un-merge puts them back as the merge " +
                "left them, which would undo it silently. Undo it first (reinstateSource, unmergeEntities), then un-merge, then make it again."))]);
    }

    public static async Task<IReadOnlyList<(string SourceId, string Document)>> LaterDocumentsAsync(Neo4jTransaction tx, ChangeRecord merge,
        IReadOnlyList<string> ids, CancellationToken ct)
    {
        var read = await tx.RunAsync(LaterDocuments, new Dictionary<string, object?>
        {
            ["at"] = merge.At, ["ids"] = ids.ToList(), ["actions"] = new List<object?> { ChangeAction.Ingested, ChangeAction.Reinstated },
        }, ct);
        return [.. read.Records.Select(r => (r.Get<string>("sourceId"), r.Get<string>("document")))];
    }
}
