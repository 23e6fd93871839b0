using Timeline.Primitives;

namespace Timeline.Core.Export;

/// <summary>Which timeline items an export holds, with the GraphQL <c>timeline</c> field's meaning: items involving ALL
/// of <see cref="Involving"/> (events as participant, statements as speaker or subject), overlapping [from, to], of
/// the given types (an event type, or <c>Statement</c> to keep statements).</summary>
public sealed record TimelineExportFilter(
    IReadOnlyList<string>? Involving = null, PartialDate? From = null, PartialDate? To = null, IReadOnlyList<string>? Types = null);

/// <summary>Which statements an export holds, with the GraphQL <c>statements</c> field's meaning: said by
/// <see cref="Speaker"/> and/or about <see cref="About"/> (an entity, event or statement id), overlapping [from, to].</summary>
public sealed record StatementExportFilter(string? Speaker = null, string? About = null, PartialDate? From = null, PartialDate? To = null);
