using Timeline.Core.Ontology;
using Timeline.Neo4j;
using P = Timeline.Core.Ontology.GraphProperties;
using R = Timeline.Core.Ontology.GraphRelationshipTypes;

namespace Timeline.Core.Curation;

/// <summary>A merged entity's relationship as read before the merge.</summary>
internal sealed record MergedRelationship(string Type, string Start, string End, string StartLabel, string EndLabel, Dictionary<string, object?> Props)
{
    public static MergedRelationship Read(Neo4jRecord r) => new(r.Get<string>("type"), r.Get<string>("start"), r.Get<string>("end"),
        r.Get<string>("startLabel"), r.Get<string>("endLabel"), r.Get<Dictionary<string, object?>>("props"));
}

/// <summary>Where a merged relationship lands: its shape, its ends after the merge, its identity value.</summary>
internal sealed record MoveKey(RelationshipShape Shape, string Start, string End, object? Identity)
{
    public Dictionary<string, object?> Row() => new() { ["start"] = Start, ["end"] = End, ["identity"] = Identity };
}

/// <summary>The merged entities' relationships, re-ended on the survivor: a symmetric relation keeps its ends in id order
/// (as ingest stores it), and relationships that land on one place (two merged entities both in an event, or a relation
/// the survivor has too) become one, their sources united.</summary>
internal sealed class RelationshipMoves
{
    public RelationshipMoves(OntologyModel ontology, string into, IReadOnlySet<string> from, IEnumerable<MergedRelationship> relationships)
    {
        var targets = new Dictionary<MoveKey, Dictionary<string, object?>>();
        var relationIds = new List<string>();
        var movedFrom = new List<string>();
        foreach (var r in relationships)
        {
            var shape = ShapeOf(ontology, r.Type, r.StartLabel, r.EndLabel);
            var (start, end) = (from.Contains(r.Start) ? into : r.Start, from.Contains(r.End) ? into : r.End);
            if (ontology.FindRelationType(r.Type) is { Symmetric: true } && string.CompareOrdinal(start, end) > 0) (start, end) = (end, start);
            var identity = shape.IdentityProperty is { } p ? r.Props.GetValueOrDefault(p) ?? (p == P.Key ? "" : null) : null;
            var key = new MoveKey(shape, start, end, identity);
            targets[key] = Combine(targets.GetValueOrDefault(key), r.Props);
            if (shape.IdentityProperty == P.Key)
            {
                movedFrom.Add(RelationId.Of(r.Type, r.Start, r.End, (string)identity!));
                relationIds.AddRange([movedFrom[^1], RelationId.Of(r.Type, start, end, (string)identity!)]);
            }
        }
        ByShape = [.. targets.GroupBy(t => t.Key.Shape).Select(g => (g.Key, g.Select(t => (t.Key, t.Value)).ToList()))];
        RelationIds = relationIds;
        MovedFrom = movedFrom;
    }

    /// <summary>The landing relationships with their values, by shape.</summary>
    public IReadOnlyList<(RelationshipShape Shape, List<(MoveKey Key, Dictionary<string, object?> Props)> Targets)> ByShape { get; }

    /// <summary>The entity relations moved, by <see cref="RelationId"/> before and after.</summary>
    public IReadOnlyList<string> RelationIds { get; }

    /// <summary>The entity relations moved, by their <see cref="RelationId"/> before the merge.</summary>
    public IReadOnlyList<string> MovedFrom { get; }

    /// <summary>The shape of a relationship type between two labels: an entity relation is told apart by its key, a
    /// participation by its role; a SAID or ABOUT link by its ends alone.</summary>
    public static RelationshipShape ShapeOf(OntologyModel ontology, string type, string startLabel, string endLabel) =>
        new(type, startLabel, endLabel, type == R.Participant ? P.Role : ontology.FindRelationType(type) is not null ? P.Key : null);

    /// <summary>One relationship's values over another's: <paramref name="first"/>'s win, <paramref name="then"/> fills what
    /// it lacks and adds its sources (and their excerpts, which run parallel to them).</summary>
    public static Dictionary<string, object?> Combine(Dictionary<string, object?>? first, Dictionary<string, object?> then)
    {
        if (first is null) return new Dictionary<string, object?>(then, StringComparer.Ordinal);
        var result = new Dictionary<string, object?>(first, StringComparer.Ordinal);
        foreach (var (key, value) in then.Where(kv => kv.Key is not (P.Sources or P.Excerpts))) result.TryAdd(key, value);
        var sources = StoredProperties.Strings(first, P.Sources);
        var excerpts = first.ContainsKey(P.Excerpts) || then.ContainsKey(P.Excerpts) ? StoredProperties.Strings(first, P.Excerpts) : null;
        var thenSources = StoredProperties.Strings(then, P.Sources);
        var thenExcerpts = StoredProperties.Strings(then, P.Excerpts);
        for (var i = 0; i < thenSources.Count; i++)
        {
            if (sources.Contains(thenSources[i])) continue;
            sources.Add(thenSources[i]);
            excerpts?.Add(i < thenExcerpts.Count ? thenExcerpts[i] : "");
        }
        if (first.ContainsKey(P.Sources) || then.ContainsKey(P.Sources)) result[P.Sources] = sources;
        if (excerpts is not null) result[P.Excerpts] = excerpts;
        return result;
    }

}
