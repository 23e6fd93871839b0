namespace Timeline.Client;

/// <summary>One entry of a timeline: an event or a statement.</summary>
/// <param name="Kind"><c>Event</c> or <c>Statement</c>.</param>
/// <param name="Id">Its id.</param>
/// <param name="Type">The event type (e.g. Seizure), or <c>Statement</c>.</param>
/// <param name="Status">Events: what became of it (<c>occurred</c>, <c>ongoing</c>, <c>announced</c>, <c>planned</c>,
/// <c>called-off</c>); null for statements.</param>
/// <param name="Title">The event's title, or the statement's text.</param>
/// <param name="Description">The event's description (statements have none).</param>
/// <param name="Date">When, with its precision; null when undated.</param>
/// <param name="Participants">Events: who took part, in which role.</param>
/// <param name="Speaker">Statements: who said it.</param>
/// <param name="About">Statements: what it is about.</param>
/// <param name="Verbatim">Statements: whether it is a direct quote.</param>
/// <param name="Sources">Where it was reported.</param>
/// <param name="FirstReported">The earliest publication date among its sources; null when no source is dated.</param>
/// <param name="SourceCount">How many sources report it.</param>
public sealed record TimelineItem(
    string Kind,
    string Id,
    string Type,
    string? Status,
    string Title,
    string? Description,
    TimelineDate? Date,
    IReadOnlyList<Participant> Participants,
    EntityRef? Speaker,
    IReadOnlyList<SubjectRef> About,
    bool? Verbatim,
    IReadOnlyList<SourceRef> Sources,
    TimelineDate? FirstReported = null,
    int SourceCount = 0)
{
    /// <summary>True for events.</summary>
    public bool IsEvent => Kind == "Event";

    /// <summary>False for an event that was only announced or planned, or was called off: it did not (yet) happen.</summary>
    public bool Happened => Status is null or "occurred" or "ongoing";

    /// <summary>True for statements.</summary>
    public bool IsStatement => Kind == "Statement";
}
