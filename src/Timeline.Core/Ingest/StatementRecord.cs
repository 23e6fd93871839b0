using Timeline.Primitives;

namespace Timeline.Core.Ingest;

/// <summary>Something an entity said, as reported by the source.</summary>
/// <param name="Id">Caller-chosen stable id.</param>
/// <param name="SpeakerId">Id of the speaking entity.</param>
/// <param name="Text">What was said.</param>
/// <param name="Verbatim">True for a direct quotation, false for a paraphrase.</param>
/// <param name="Date">When it was said, if known.</param>
/// <param name="About">Ids of the entities, events or statements it is about.</param>
/// <param name="Excerpt">Supporting excerpt from the source, if any.</param>
public sealed record StatementRecord(
    string Id,
    string SpeakerId,
    string Text,
    bool Verbatim,
    PartialDate? Date,
    IReadOnlyList<string> About,
    string? Excerpt);
