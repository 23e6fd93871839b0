namespace Timeline.Core.Ingest;

// An id used at Path; checked once every definition in the document is known.
internal sealed record Reference(string Id, string Path, ReferenceTarget Target);
