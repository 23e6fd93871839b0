using Timeline.Primitives;
using Timeline.Query.Expressions;
using Timeline.Query.Paging;

namespace Timeline.Query.Questions;

/// <summary>The timeline question's arguments.</summary>
/// <param name="Involving">Entity ids; an item must involve all of them (none: every item).</param>
/// <param name="Window">Items overlapping this window.</param>
/// <param name="Types">Event types (checked), <c>Statement</c> for statements; null: all; empty: nothing.</param>
/// <param name="Page">One page of the answer; null: all of it.</param>
/// <param name="IncludeParts">Involving an entity also counts for its parts (PART_OF, up to 3 steps).</param>
/// <param name="KnownAt">Only items a source published on or before the end of this date had reported; null: any.</param>
/// <param name="Sources">Only items one of these sources reports (ids); null: any.</param>
/// <param name="Statuses">Events of these statuses (checked; statements always pass), with the status of an event stored
/// without one; null: every status.</param>
public sealed record TimelineArguments(
    IReadOnlyList<string> Involving,
    DateWindow Window,
    IReadOnlyList<string>? Types = null,
    Page? Page = null,
    bool IncludeParts = false,
    PartialDate? KnownAt = null,
    IReadOnlyList<string>? Sources = null,
    EventStatusChoice? Statuses = null);

/// <summary>The event statuses a timeline keeps, and the status an event stored without one has.</summary>
public sealed record EventStatusChoice(IReadOnlyList<string> Statuses, string DefaultStatus);
