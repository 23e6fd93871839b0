namespace Timeline.Core.Ingest.Writing;

/// <summary>One document of a bulk load: the name it is reported by (its file) and its UTF-8 JSON (an ingest document;
/// a draft's envelope is the caller's to unwrap).</summary>
public sealed record BulkDocument(string Name, ReadOnlyMemory<byte> Json);

/// <summary>What became of one document of a bulk load once its batch settled: <see cref="Result"/> is what a
/// per-document ingest of it would have answered at that point of the load (rejected: nothing of it written).</summary>
/// <param name="Batch">The 1-based number of the batch it was in.</param>
public sealed record BulkOutcome(BulkDocument Document, IngestResult Result, int Batch);
