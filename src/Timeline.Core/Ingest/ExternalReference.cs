namespace Timeline.Core.Ingest;

/// <summary>A place in the document (<paramref name="Path"/>) that uses an id the document does not define.</summary>
public sealed record ExternalReference(string Id, string Path);
