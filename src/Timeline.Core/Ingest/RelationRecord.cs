using Timeline.Core.Ontology;
using Timeline.Primitives;

namespace Timeline.Core.Ingest;

/// <summary>An entity–entity relation reported by the source.</summary>
/// <param name="Type">Its relation type.</param>
/// <param name="FromId">Id of the start entity.</param>
/// <param name="ToId">Id of the end entity.</param>
/// <param name="Properties">Declared properties by name, typed as on <see cref="EntityRecord.Properties"/>.</param>
/// <param name="ValidFrom">When it began to hold, if known.</param>
/// <param name="ValidTo">When it ceased to hold, if it has.</param>
/// <param name="Excerpt">Supporting excerpt from the source, if any.</param>
public sealed record RelationRecord(
    RelationType Type,
    string FromId,
    string ToId,
    IReadOnlyDictionary<string, object> Properties,
    PartialDate? ValidFrom,
    PartialDate? ValidTo,
    string? Excerpt);
