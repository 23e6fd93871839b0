namespace Timeline.Core.Provenance;

/// <summary>What one source says about one event or statement: its values under the node's property names (dates laid out
/// by <see cref="Ontology.DateLayout"/>), kept on the source's <c>REPORTED_IN</c> edge.</summary>
/// <param name="SourceId">The source.</param>
/// <param name="Published">The source's publication date key (<c>publishedEarliest</c>), null when undated.</param>
/// <param name="Values">The claimed values; a missing or null value claims nothing.</param>
public sealed record SourceClaim(string SourceId, string? Published, IReadOnlyDictionary<string, object?> Values);
