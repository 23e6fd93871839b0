using Timeline.Primitives;

namespace Timeline.Client;

/// <summary>What ingesting a document did: <see cref="Ok"/> with counts, or the validation errors (nothing written).</summary>
public sealed record IngestOutcome(bool Ok, string? SourceId, int Created, int Updated, IReadOnlyList<IngestError> Errors)
{
    /// <summary>What the document contributed, as a Cypher query for Neo4j Browser: its source and everything reported in it.</summary>
    public string ToBrowserCypher() => !Ok || SourceId is null
        ? CypherLiterals.Comment("The document was rejected: nothing was written.") + "RETURN 'rejected: nothing was written' AS result\n"
        : CypherLiterals.Comment($"Source {SourceId} and the events and statements reported in it.")
          + "MATCH (source:Source {id: " + CypherLiterals.String(SourceId) + "})\n"
          + "OPTIONAL MATCH (item)-[reported:REPORTED_IN]->(source)\n"
          + "RETURN source, reported, item\n";
}
