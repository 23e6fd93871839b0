namespace Timeline.Core.Curation;

/// <summary>One change to the knowledge graph, as <see cref="ChangeLog"/> keeps it.</summary>
/// <param name="Id">Unique id (<c>change:…</c>).</param>
/// <param name="At">When (ISO-8601 UTC with ticks, so string order is time order).</param>
/// <param name="Actor">Who (an API key id, a JWT subject, <c>cli:&lt;user&gt;</c>).</param>
/// <param name="Action">A <see cref="ChangeAction"/>.</param>
/// <param name="SourceId">The source it concerns, if any.</param>
/// <param name="Reason">Why, when given.</param>
/// <param name="Targets">The ids it touched: nodes by id, relations by <see cref="RelationId"/>.</param>
/// <param name="Detail">Further detail as JSON text, if any.</param>
public sealed record ChangeRecord(string Id, string At, string Actor, string Action, string? SourceId, string? Reason,
    IReadOnlyList<string> Targets, string? Detail = null)
{
    /// <summary>A new change made now.</summary>
    public static ChangeRecord Now(string actor, string action, string? sourceId, string? reason, IEnumerable<string> targets,
        string? detail = null) =>
        new("change:" + Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            actor, action, sourceId, reason, targets.Distinct(StringComparer.Ordinal).ToList(), detail);
}
