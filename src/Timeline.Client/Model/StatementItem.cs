namespace Timeline.Client;

/// <summary>A statement: who said what, when, about what, reported where.</summary>
public sealed record StatementItem(
    string Id,
    string Text,
    bool Verbatim,
    TimelineDate? Date,
    EntityRef? Speaker,
    IReadOnlyList<SubjectRef> About,
    IReadOnlyList<SourceRef> Sources);
