namespace Timeline.Client;

/// <summary>An entity that shares events (both participants) or statements (as speaker or subject) with the one asked
/// about.</summary>
/// <param name="Entity">Who.</param>
/// <param name="SharedEvents">Events both took part in.</param>
/// <param name="SharedStatements">Statements linking both (one said it, the other is what it is about, or both are about it).</param>
/// <param name="Total">SharedEvents + SharedStatements: what the associates are ranked by.</param>
/// <param name="First">The earliest date among the shared items; null when none is dated.</param>
/// <param name="Last">The latest date among the shared items; null when none is dated.</param>
/// <param name="Sample">Up to three shared items, in timeline order.</param>
public sealed record Associate(EntityRef Entity, int SharedEvents, int SharedStatements, int Total, TimelineDate? First, TimelineDate? Last,
    IReadOnlyList<TimelineItem> Sample);
