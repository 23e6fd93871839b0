namespace Timeline.Client;

/// <summary>One entry of a timeline: an event or a statement.</summary>
/// <param name="Kind"><c>Event</c> or <c>Statement</c>.</param>
/// <param name="Id">Its id.</param>
/// <param name="Type">The event type (e.g. Seizure), or <c>Statement</c>.</param>
/// <param name="Title">The event's title, or the statement's text.</param>
/// <param name="Description">The event's description (statements have none).</param>
/// <param name="Date">When, with its precision; null when undated.</param>
/// <param name="Participants">Events: who took part, in which role.</param>
/// <param name="Speaker">Statements: who said it.</param>
/// <param name="About">Statements: what it is about.</param>
/// <param name="Verbatim">Statements: whether it is a direct quote.</param>
/// <param name="Sources">Where it was reported.</param>
public sealed record TimelineItem(
    string Kind,
    string Id,
    string Type,
    string Title,
    string? Description,
    TimelineDate? Date,
    IReadOnlyList<Participant> Participants,
    EntityRef? Speaker,
    IReadOnlyList<SubjectRef> About,
    bool? Verbatim,
    IReadOnlyList<SourceRef> Sources)
{
    /// <summary>True for events.</summary>
    public bool IsEvent => Kind == "Event";

    /// <summary>True for statements.</summary>
    public bool IsStatement => Kind == "Statement";
}
