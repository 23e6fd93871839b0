namespace Timeline.Bench.Ingest;

/// <summary>One ingest path's measurements over the whole corpus.</summary>
/// <param name="Seconds">Wall time over all documents.</param>
/// <param name="MedianChunkFactsPerSecond">Median over chunks of facts/s (robust to bursts of load from other work on the machine).</param>
/// <param name="Neo4jMsPerDocument">Time inside HTTP requests to Neo4j, per document.</param>
/// <param name="RequestsPerDocument">HTTP requests to Neo4j per document.</param>
internal sealed record IngestPathReport(
    int Documents, double Seconds, double DocumentsPerSecond, double FactsPerSecond, double MedianChunkFactsPerSecond,
    double Neo4jMsPerDocument, double ClientMsPerDocument, double RequestsPerDocument, long Nodes, long Relationships);

/// <summary>Pipeline against hand-written batches, measured chunk by chunk in alternation.</summary>
/// <param name="Ratio">Pipeline throughput / hand-written throughput over the chunks both wrote.</param>
/// <param name="MedianChunkRatio">Median over chunks of the same ratio.</param>
/// <param name="ValidationMicrosecondsPerDocument">Validation alone (JSON parse + ontology checks), in process.</param>
internal sealed record IngestReport(
    int Documents, long Facts, int ChunkSize, IngestPathReport Pipeline, IngestPathReport HandWritten,
    double Ratio, double MedianChunkRatio, double ValidationMicrosecondsPerDocument, bool? SameGraph);
