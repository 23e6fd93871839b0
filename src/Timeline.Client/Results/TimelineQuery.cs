namespace Timeline.Client;

/// <summary>A timeline question: items involving ALL of <see cref="Involving"/> (events as participant, statements as
/// speaker or subject), overlapping [<see cref="From"/>, <see cref="To"/>] (date texts such as <c>2026-01</c>), of the
/// given event types (<c>Statement</c> keeps statements); known by <see cref="KnownAt"/> (first reported on or before that
/// date), reported by any of <see cref="Sources"/>; with <see cref="IncludeParts"/>, involving X also matches every entity
/// that is part of X (up to three PART_OF steps); only events of <see cref="Statuses"/> (statements kept; null: every status).</summary>
public sealed record TimelineQuery(IReadOnlyList<string>? Involving = null, string? From = null, string? To = null, IReadOnlyList<string>? Types = null,
    string? KnownAt = null, IReadOnlyList<string>? Sources = null, bool IncludeParts = false, IReadOnlyList<string>? Statuses = null);

/// <summary>A statements question: said by <see cref="Speaker"/> and/or about <see cref="About"/> (an entity, event or
/// statement id), overlapping [<see cref="From"/>, <see cref="To"/>], known by <see cref="KnownAt"/>, reported by any of
/// <see cref="Sources"/>; <see cref="IncludeParts"/> as in <see cref="TimelineQuery"/>.</summary>
public sealed record StatementsQuery(string? Speaker = null, string? About = null, string? From = null, string? To = null,
    string? KnownAt = null, IReadOnlyList<string>? Sources = null, bool IncludeParts = false);
