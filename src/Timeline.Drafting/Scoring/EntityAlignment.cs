using System.Text.RegularExpressions;
using Timeline.Primitives;

namespace Timeline.Drafting.Scoring;

/// <summary>Which gold entity each entity a draft proposes stands for. Ids differ (the draft makes its own), so
/// proposed entities are matched by name: an equal name or alias (normalised as search normalises, without the
/// "(unnamed)"/"(group)" tags and leading articles), else the content words of one name all in the other's.
/// Graph ids stand for themselves.</summary>
internal sealed partial class EntityAlignment
{
    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal)
        { "the", "a", "an", "of", "for", "at", "in", "on", "to", "and", "from", "group", "unnamed" };

    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);

    public EntityAlignment(DocumentView draft, DocumentView gold)
    {
        var free = gold.Entities.Keys.ToHashSet(StringComparer.Ordinal);
        // exact names first, then containment, so the best pairs are taken first
        foreach (var pass in new[] { true, false })
        {
            foreach (var (id, names) in draft.Entities)
            {
                if (_map.ContainsKey(id)) continue;
                if (gold.Entities.ContainsKey(id) && free.Remove(id)) { _map[id] = id; continue; }
                var match = free.Select(g => (Id: g, Score: Similarity(names, gold.Entities[g], pass))).Where(x => x.Score > 0)
                    .OrderByDescending(x => x.Score).ThenBy(x => x.Id, StringComparer.Ordinal).FirstOrDefault();
                if (match.Id is null) continue;
                _map[id] = match.Id;
                free.Remove(match.Id);
            }
        }
    }

    /// <summary>The gold id a draft id stands for: itself for graph ids, the aligned gold entity, or a marker that
    /// matches nothing.</summary>
    public string Map(string draftId) => _map.TryGetValue(draftId, out var gold) ? gold : draftId;

    private static double Similarity(List<string> a, List<string> b, bool exact)
    {
        var keysA = a.Select(Key).ToHashSet(StringComparer.Ordinal);
        var keysB = b.Select(Key).ToHashSet(StringComparer.Ordinal);
        if (exact) return keysA.Overlaps(keysB) ? 1.0 : 0.0;
        var best = 0.0;
        foreach (var x in keysA.Select(Words))
        {
            foreach (var y in keysB.Select(Words))
            {
                if (x.Count == 0 || y.Count == 0) continue;
                var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
                if (!small.IsSubsetOf(large)) continue;
                best = Math.Max(best, (double)small.Count / large.Count);
            }
        }
        return best;
    }

    private static string Key(string name) => NameKey.Of(Tags().Replace(name, "")).Trim();

    private static HashSet<string> Words(string key) =>
        Word().Matches(key).Select(m => m.Value.TrimEnd('s')).Where(w => !Minor.Contains(w) && w.Length > 0).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\((?:unnamed|group)[^)]*\)|^\s*(?:the|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
