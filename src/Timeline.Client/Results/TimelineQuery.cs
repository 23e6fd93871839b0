namespace Timeline.Client;

/// <summary>A timeline question: items involving ALL of <see cref="Involving"/> (events as participant, statements as
/// speaker or subject), overlapping [<see cref="From"/>, <see cref="To"/>] (date texts such as <c>2026-01</c>), of the
/// given event types (<c>Statement</c> keeps statements).</summary>
public sealed record TimelineQuery(IReadOnlyList<string>? Involving = null, string? From = null, string? To = null, IReadOnlyList<string>? Types = null);

/// <summary>A statements question: said by <see cref="Speaker"/> and/or about <see cref="About"/> (an entity, event or
/// statement id), overlapping [<see cref="From"/>, <see cref="To"/>].</summary>
public sealed record StatementsQuery(string? Speaker = null, string? About = null, string? From = null, string? To = null);
