namespace Timeline.Client;

/// <summary>A statement: who said what, when, about what, reported where (<see cref="SourceCount"/> sources, the first of
/// them published <see cref="FirstReported"/>).</summary>
public sealed record StatementItem(
    string Id,
    string Text,
    bool Verbatim,
    TimelineDate? Date,
    EntityRef? Speaker,
    IReadOnlyList<SubjectRef> About,
    IReadOnlyList<SourceRef> Sources,
    TimelineDate? FirstReported = null,
    int SourceCount = 0);
