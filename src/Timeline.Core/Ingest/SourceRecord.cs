using Timeline.Primitives;

namespace Timeline.Core.Ingest;

/// <summary>The <c>source</c> of an ingest document.</summary>
/// <param name="Id">Caller-chosen stable id, e.g. <c>src:…</c>.</param>
/// <param name="Title">Headline or title.</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Publisher">Publisher name, if known.</param>
/// <param name="Url">Absolute http(s) URL, if known.</param>
/// <param name="Language">Language tag such as <c>en</c>, if known.</param>
public sealed record SourceRecord(string Id, string Title, PartialDate? Published, string? Publisher, string? Url, string? Language);
