using Timeline.Core.Ontology;
using Timeline.Primitives;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Provenance;

/// <summary>Decides what an event or statement says when its sources disagree. The answer depends only on the set of claims,
/// never on the order they were ingested in (a restored graph answers as the original):
/// <list type="bullet">
/// <item>its date is the most precise one the sources agree on — the finest claim when every claim contains the finer ones
/// ("December" and "December 3rd" give December 3rd), otherwise the range from the earliest to the latest claim, so that a
/// later, vaguer report never replaces a precise date and two different days read as "between them";</item>
/// <item>its status is the latest-published source's (news moves from announced to occurred or called off);</item>
/// <item>every other value is the earliest-published source's that gives one (ties by source id), so a later report never
/// deletes a description by leaving it out.</item>
/// </list>
/// A date property (its four laid-out names) is always taken from one claim as a whole.</summary>
public static class ClaimResolver
{
    /// <summary>The resolved values: every name any claim uses, null where no claim gives a value (which removes it).</summary>
    public static Dictionary<string, object?> Resolve(IReadOnlyCollection<SourceClaim> claims)
    {
        var byPublication = claims
            .OrderBy(c => c.Published is null ? 1 : 0).ThenBy(c => c.Published, StringComparer.Ordinal)
            .ThenBy(c => c.SourceId, StringComparer.Ordinal)
            .ToList();
        var names = claims.SelectMany(c => c.Values.Keys).ToHashSet(StringComparer.Ordinal);
        var resolved = new Dictionary<string, object?>(StringComparer.Ordinal);

        DateLayout.EventDate.Write(resolved, ResolveDate(byPublication));
        names.ExceptWith(DateLayout.EventDate.Names);

        if (names.Remove(P.Status))
            resolved[P.Status] = byPublication.AsEnumerable().Reverse().Select(c => c.Values.GetValueOrDefault(P.Status)).FirstOrDefault(v => v is not null);

        foreach (var layout in names.Where(n => names.Contains(DateLayout.Of(n).Earliest)).Select(DateLayout.Of).ToList())
        {
            var first = byPublication.FirstOrDefault(c => c.Values.GetValueOrDefault(layout.Text) is not null);
            foreach (var name in layout.Names) resolved[name] = first?.Values.GetValueOrDefault(name);
            names.ExceptWith(layout.Names);
        }
        foreach (var name in names)
            resolved[name] = byPublication.Select(c => c.Values.GetValueOrDefault(name)).FirstOrDefault(v => v is not null);
        return resolved;
    }

    /// <summary>The resolved values with an editor's <paramref name="correction"/> over them: a corrected value wins over every
    /// claim (a null removes it), whatever the sources say.</summary>
    public static Dictionary<string, object?> Resolve(IReadOnlyCollection<SourceClaim> claims, Curation.FactCorrection? correction)
    {
        var resolved = Resolve(claims);
        if (correction is not null)
            foreach (var (name, value) in correction.Values) resolved[name] = value;
        return resolved;
    }

    /// <summary>The most precise date the claims agree on (see the type's summary); null when no claim is dated.</summary>
    public static PartialDate? ResolveDate(IEnumerable<SourceClaim> claims)
    {
        var dates = claims.Select(c => c.Values.GetValueOrDefault(DateLayout.EventDate.Text) as string)
            .Where(t => t is not null).Select(t => PartialDate.Parse(t!)).Distinct().ToList();
        if (dates.Count == 0) return null;
        var finest = dates.OrderBy(d => d.Latest - d.Earliest).ThenBy(d => d.Text, StringComparer.Ordinal).First();
        if (dates.All(d => Contains(d, finest))) return finest;
        var earliest = dates.OrderBy(d => d.Earliest).ThenBy(d => d.Text, StringComparer.Ordinal).First();
        var latest = dates.OrderByDescending(d => d.Latest).ThenBy(d => d.Text, StringComparer.Ordinal).First();
        return PartialDate.FromRange(earliest.RangeEarliest ?? earliest, latest.RangeLatest ?? latest);
    }

    private static bool Contains(PartialDate outer, PartialDate inner) => outer.Earliest <= inner.Earliest && inner.Latest <= outer.Latest;
}
