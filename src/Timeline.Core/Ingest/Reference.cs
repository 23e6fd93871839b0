namespace Timeline.Core.Ingest;

/// <summary>An id used at <see cref="Path"/>; checked once every definition in the document is known.</summary>
internal sealed record Reference(string Id, string Path, ReferenceTarget Target);
