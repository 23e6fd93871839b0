using Timeline.Core.Cypher;
using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Curation;

/// <summary>The Cypher texts of source curation (the support itself is removed by <c>SupportRemoval</c>).</summary>
internal static class CurationCypher
{
    /// <summary>Takes the source's write lock; answers its retraction (null while it stands), whether its document is kept,
    /// and the change that retracted it.</summary>
    public static readonly string LockSource = $$"""
        MATCH {{GraphCypher.ById("s", L.Source, "$sourceId")}}
        {{GraphCypher.Lock("s")}}
        WITH s
        OPTIONAL MATCH (d:{{L.SourceDocument}} {{{P.SourceId}}: $sourceId})
        RETURN s.{{P.RetractedAt}} AS retractedAt, d.{{P.Document}} AS document
        """;

    public static readonly string MarkRetracted = $$"""
        MATCH {{GraphCypher.ById("s", L.Source, "$sourceId")}}
        SET s.{{P.RetractedAt}} = $at, s.{{P.RetractedBy}} = $actor, s.{{P.RetractedReason}} = $reason
        """;

    public static readonly string Unmark = $$"""
        MATCH {{GraphCypher.ById("s", L.Source, "$sourceId")}}
        REMOVE s.{{P.RetractedAt}}, s.{{P.RetractedBy}}, s.{{P.RetractedReason}}
        """;
}
