namespace Timeline.Client;

/// <summary>A validation error of an ingest document: the JSON path it concerns and what is wrong.</summary>
public sealed record IngestError(string Path, string Message);
