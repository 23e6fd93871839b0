using Timeline.Core.Ontology;

namespace Timeline.Core.Ingest;

/// <summary>An entity defined by an ingest document.</summary>
/// <param name="Id">Caller-chosen stable id, e.g. <c>person:delcy-rodriguez</c>.</param>
/// <param name="Kind">Its kind in the ontology.</param>
/// <param name="Name">Display name; for an unnamed thing, a descriptive name.</param>
/// <param name="Aliases">Other names, duplicates removed, document order kept.</param>
/// <param name="Description">Short description, if given.</param>
/// <param name="Named">False when the source does not name the thing (the name is descriptive).</param>
/// <param name="Properties">
/// Declared properties by name; values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="bool"/>, <c>IReadOnlyList&lt;string&gt;</c> or <see cref="Timeline.Primitives.PartialDate"/>, per the declared type.
/// </param>
public sealed record EntityRecord(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    bool Named,
    IReadOnlyDictionary<string, object> Properties);
