using Timeline.Primitives;
using Timeline.Query.Expressions;
using Timeline.Query.Paging;

namespace Timeline.Query.Questions;

/// <summary>The statements question's arguments.</summary>
/// <param name="Speaker">Id of the entity that said them, or null.</param>
/// <param name="About">Id of an entity, event or statement they are about, or null.</param>
/// <param name="Window">Statements overlapping this window.</param>
/// <param name="Page">One page of the answer; null: all of it.</param>
/// <param name="IncludeParts">The speaker and the subject also stand for their parts (PART_OF, up to 3 steps).</param>
/// <param name="KnownAt">Only statements a source published on or before the end of this date had reported; null: any.</param>
/// <param name="Sources">Only statements one of these sources reports (ids); null: any.</param>
public sealed record StatementsArguments(
    string? Speaker,
    string? About,
    DateWindow Window,
    Page? Page = null,
    bool IncludeParts = false,
    PartialDate? KnownAt = null,
    IReadOnlyList<string>? Sources = null);
