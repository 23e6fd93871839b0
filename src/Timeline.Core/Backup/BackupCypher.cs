using Timeline.Core.Curation;
using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Backup;

/// <summary>The Cypher texts of backup and restore (the documents themselves are read as support removal reads them, and
/// change records are written by <see cref="Curation.ChangeLog"/>). Each is valid on Neo4j 3.1 and Cypher 5.</summary>
internal static class BackupCypher
{
    /// <summary>Every source, its tombstone (null while it stands) and whether its document is kept.</summary>
    public static readonly string Sources = $$"""
        MATCH (s:{{L.Source}})
        OPTIONAL MATCH (d:{{L.SourceDocument}} {{{P.SourceId}}: s.{{P.Id}}})
        RETURN s.{{P.Id}} AS id, s.{{P.RetractedAt}} AS retractedAt, s.{{P.RetractedBy}} AS retractedBy,
               s.{{P.RetractedReason}} AS retractedReason, d IS NOT NULL AS kept
        ORDER BY id
        """;

    /// <summary>Every change record, oldest first.</summary>
    public static readonly string Changes = $$"""
        MATCH (c:{{L.Change}})
        RETURN {{ChangeLog.Columns("c")}}
        ORDER BY at, id
        """;

    /// <summary>The labels whose nodes make a graph not empty for a restore: the knowledge graph, kept documents and
    /// changes and corrections (schema migrations, API keys and audit records may be there already).</summary>
    public static IReadOnlyList<string> Occupying { get; } = [.. L.Identity, L.SourceDocument, L.Change, L.Correction];

    /// <summary>How many nodes carry <paramref name="label"/> (one of <see cref="Occupying"/>).</summary>
    public static string Count(string label) => $"MATCH (n:{label}) RETURN count(n) AS count";

    /// <summary>The change records a restore's replay wrote: by its own actor, or by id (curations carry the original actor).</summary>
    public static readonly string DeleteReplayChanges = $"""
        MATCH (c:{L.Change})
        WHERE c.{P.Actor} = $actor OR c.{P.Id} IN $ids
        DELETE c
        """;
}
