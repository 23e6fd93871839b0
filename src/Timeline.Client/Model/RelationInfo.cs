namespace Timeline.Client;

/// <summary>An entity–entity relation seen from one end: its type, direction (OUTGOING, INCOMING or BOTH for symmetric
/// types), the other end, validity and declared properties (strings, numbers, booleans or lists of them).</summary>
public sealed record RelationInfo(
    string Type,
    string Direction,
    EntityRef Other,
    TimelineDate? ValidFrom,
    TimelineDate? ValidTo,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<SourceRef> Sources);
