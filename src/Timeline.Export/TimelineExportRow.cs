using Timeline.Core.Ontology;
using Timeline.Primitives;

namespace Timeline.Export;

/// <summary>One event or statement as the CSV and TimelineJS exports write it.</summary>
/// <param name="Kind"><c>Event</c> or <c>Statement</c>.</param>
/// <param name="Id">The item's id.</param>
/// <param name="Type">The event type, or <c>Statement</c>.</param>
/// <param name="Title">The event's title; null for statements.</param>
/// <param name="Text">The statement's text, or the event's description.</param>
/// <param name="Verbatim">Whether a statement is a direct quote; null for events.</param>
/// <param name="Date">When, with its precision; null when undated.</param>
/// <param name="Participants">Events: who took part in which role, ordered by role then id.</param>
/// <param name="Speaker">Statements: who said it.</param>
/// <param name="About">Statements: what it is about, ordered by id.</param>
/// <param name="Sources">Where it is reported, ordered by source id.</param>
public sealed record TimelineExportRow(
    string Kind,
    string Id,
    string Type,
    string? Title,
    string? Text,
    bool? Verbatim,
    PartialDate? Date,
    IReadOnlyList<ExportParticipant> Participants,
    ExportReference? Speaker,
    IReadOnlyList<ExportReference> About,
    IReadOnlyList<ExportSourceReference> Sources)
{
    /// <summary>Whether the item is an event (else a statement).</summary>
    public bool IsEvent => Kind == GraphLabels.Event;

    /// <summary>A one-line caption: the event's title, or "speaker: text" for a statement.</summary>
    public string Caption => IsEvent ? Title ?? Id : $"{Speaker?.Name ?? "Unknown speaker"}: {Text}";
}

/// <summary>A node named by id with its human caption.</summary>
public sealed record ExportReference(string Id, string Name);

/// <summary>An event participant and its role.</summary>
public sealed record ExportParticipant(string Role, string Id, string Name);

/// <summary>A source reporting an item, with the supporting excerpt where there is one.</summary>
public sealed record ExportSourceReference(string Id, string? Title, string? Published, string? Excerpt);
