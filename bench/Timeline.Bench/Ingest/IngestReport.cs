namespace Timeline.Bench.Ingest;

/// <summary>One ingest path's measurements over the documents it wrote.</summary>
/// <param name="Seconds">Wall time over those documents.</param>
/// <param name="MedianChunkFactsPerSecond">Median over chunks of facts/s (robust to bursts of load from other work on the machine).</param>
/// <param name="Neo4jMsPerDocument">Time inside HTTP requests to Neo4j, per document.</param>
/// <param name="RequestsPerDocument">HTTP requests to Neo4j per document.</param>
/// <param name="CommitMsPerDocument">Of <paramref name="Neo4jMsPerDocument"/>, the time inside requests that commit (a
/// transaction's last request, with the statements it carries; every autocommit request), per document.</param>
/// <param name="CommitsPerDocument">Requests that commit, per document.</param>
internal sealed record IngestPathReport(
    int Documents, long Facts, double Seconds, double DocumentsPerSecond, double FactsPerSecond, double MedianChunkFactsPerSecond,
    double Neo4jMsPerDocument, double ClientMsPerDocument, double RequestsPerDocument, double CommitMsPerDocument = double.NaN,
    double CommitsPerDocument = double.NaN);

/// <summary>The two writers' copies of the same sample of documents (<see cref="SameGraphCheck"/>): their sizes, and the
/// first difference (null when the graphs are the same, node for node and relationship for relationship).</summary>
internal sealed record GraphCheck(int Documents, long PipelineNodes, long PipelineRelationships, long HandWrittenNodes,
    long HandWrittenRelationships, string? Difference)
{
    public bool Same => Difference is null;
}

/// <summary>Per-document pipeline against the per-document hand-written writer, like for like: both write their own
/// documents (alternate chunks of the corpus's last <see cref="ComparedDocuments"/>) into the same growing graph.</summary>
/// <param name="Load">The corpus load, over the documents before the compared ones (not part of the ratios): the bulk load
/// in batches of <see cref="LoadBatch"/> documents (runs before 2026-11-29's fast12 branch: the pipeline, one by one).</param>
/// <param name="Pipeline">The pipeline over its chunks of the compared documents.</param>
/// <param name="HandWritten">The hand-written writer over its chunks of the compared documents.</param>
/// <param name="Ratio">Pipeline facts/s over hand-written facts/s, over the paired chunks.</param>
/// <param name="MedianChunkRatio">Median over rounds of the same ratio (one pipeline chunk and one hand-written chunk per round).</param>
/// <param name="ValidationMicrosecondsPerDocument">Validation alone (JSON parse + ontology checks), in process.</param>
/// <param name="SameGraph">Both writers' copies of a sample, compared before timing.</param>
internal sealed record IngestReport(
    int Documents, long Facts, int ChunkSize, int ComparedDocuments, IngestPathReport Load, IngestPathReport Pipeline,
    IngestPathReport HandWritten, double Ratio, double MedianChunkRatio, double ValidationMicrosecondsPerDocument, GraphCheck SameGraph)
{
    /// <summary>Documents per transaction of the corpus load (<see cref="Load"/>); 0: loaded one by one by the pipeline.</summary>
    public int LoadBatch { get; init; }

    /// <summary>The bulk load in the same rounds, when measured.</summary>
    public BulkIngestReport? Bulk { get; init; }

    /// <summary>The hand-written large-batch writer in the same rounds, when measured (the bulk load's limit).</summary>
    public LargeBatchReport? LargeBatch { get; init; }
}

/// <summary>The hand-written large-batch writer (<c>LargeBatchWriter</c>, <see cref="BatchSize"/> documents per request and one
/// statement of each kind for them all) in the same rounds as the bulk load.</summary>
/// <param name="BulkRatio">Bulk facts/s over the large-batch writer's facts/s.</param>
/// <param name="MedianRoundRatio">Median over rounds of the same ratio.</param>
/// <param name="RowsPerUnwind">The most rows one statement carries in a batch of the corpus's first documents.</param>
internal sealed record LargeBatchReport(int BatchSize, IngestPathReport Path, double BulkRatio, double MedianRoundRatio, GraphCheck SameGraph, int RowsPerUnwind);

/// <summary>The bulk load (<c>BulkIngestion</c>, one batch of <see cref="BatchSize"/> documents per round) against the
/// per-document pipeline, in the same rounds of the same graph.</summary>
/// <param name="Ratio">Bulk facts/s over the pipeline's facts/s (the documents differ from chunk to chunk; facts weigh them).</param>
/// <param name="MedianRoundRatio">Median over rounds of the same ratio.</param>
/// <param name="SameGraph">The pipeline's and the bulk load's copies of the same sample, compared before timing.</param>
internal sealed record BulkIngestReport(int BatchSize, IngestPathReport Bulk, double Ratio, double MedianRoundRatio, GraphCheck SameGraph);
