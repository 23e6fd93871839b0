using Timeline.Core.Ontology;
using Timeline.Primitives;

namespace Timeline.Core.Ingest;

/// <summary>An event reported by the source.</summary>
/// <param name="Id">Caller-chosen stable id.</param>
/// <param name="Type">Its event type.</param>
/// <param name="Status">What became of it (the ontology's default when the document gives none).</param>
/// <param name="Title">Short title.</param>
/// <param name="Date">When it happened, to the precision known.</param>
/// <param name="Participants">Entities involved and their roles.</param>
/// <param name="Excerpt">Supporting excerpt from the source, if any.</param>
/// <param name="Description">Longer description, if any.</param>
/// <param name="Properties">Free properties; values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or <c>IReadOnlyList&lt;string&gt;</c>.</param>
public sealed record EventRecord(
    string Id,
    EventType Type,
    EventStatus Status,
    string Title,
    PartialDate Date,
    IReadOnlyList<ParticipantRecord> Participants,
    string? Excerpt,
    string? Description,
    IReadOnlyDictionary<string, object> Properties);
