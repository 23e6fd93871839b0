using Timeline.Core.Ontology;
using Timeline.Drafting.Building;
using Timeline.Drafting.Entities;
using Timeline.Primitives;

namespace Timeline.Drafting.Linking;

/// <summary>Links the article's entities to the graph's, by name and alias with the normalisation <c>search</c> uses,
/// in one batched read. The longest name decides (Maria Varga, not the Varga a namesake shares); a kind the text
/// makes certain (a title, "the tanker") rules out candidates of another kind; a tie is not guessed but noted.</summary>
internal sealed class EntityLinker(IKnownEntities known, OntologyModel ontology)
{
    public async Task LinkAsync(List<ArticleEntity> entities, IdMaker ids, CancellationToken ct)
    {
        var keysOf = entities.ToDictionary(e => e, e => e.Named ? e.Names.Select(NameKey.Of).Distinct().ToList() : []);
        var governmentKeys = entities.ToDictionary(e => e, e => keysOf[e].Where(k => !k.Contains(' ')).SelectMany(k => new[] { $"government of {k}", $"{k} government" }).ToList());
        var keys = keysOf.Values.SelectMany(k => k).Concat(governmentKeys.Values.SelectMany(k => k)).Distinct(StringComparer.Ordinal).ToList();
        var proposed = entities.Select(e => ids.Candidate(e.Kind?.Kind, e.Name)).Distinct(StringComparer.Ordinal).ToList();
        var found = await known.FindAsync(keys, proposed, ct);
        ids.Reserve(found.Select(f => f.Id));

        foreach (var e in entities)
        {
            var own = keysOf[e];
            if (own.Count == 0) continue;
            var longest = NameKey.Of(e.Name);
            var candidates = found
                .Where(f => f.MatchedKeys.Any(own.Contains))
                .Select(f => (Entity: f, Score: f.MatchedKeys.Where(own.Contains).Max(k => (k == f.NameKey ? 1.0 : 0.9) * (k == longest ? 1.0 : 0.75))))
                .ToList();
            if (candidates.Count == 0) continue;
            var compatible = candidates.Where(c => Compatible(e, c.Entity)).ToList();
            if (compatible.Count == 0)
            {
                e.LinkNote = $"'{e.Name}' matches {string.Join(", ", candidates.Select(c => $"{c.Entity.Id} ({c.Entity.Kind})"))} in the graph, but the text makes it a {e.Kind!.Kind.Name} ({e.Kind.Reason}); proposed as new";
                continue;
            }
            var best = compatible.Max(c => c.Score);
            var top = compatible.Where(c => c.Score >= best - 1e-9).ToList();
            if (top.Count > 1)
            {
                e.LinkNote = $"'{e.Name}' is ambiguous in the graph: {string.Join(" or ", top.Select(c => $"{c.Entity.Id} ({c.Entity.Name})"))}; proposed as new — link it by hand";
                continue;
            }
            e.Link = top[0].Entity;
            e.LinkConfidence = best;
            var kind = ontology.FindKind(e.Link.Kind);
            if (kind is not null) e.Kind = new KindGuess(kind, 1.0, $"kind of {e.Link.Id} in the graph");
            e.LinkNote = $"linked to {e.Link.Id} ('{e.Link.Name}') by the name '{e.Names.First(n => top[0].Entity.MatchedKeys.Contains(NameKey.Of(n)))}'";
            // "Estavia said …": a state speaks and acts through its government, when the graph has one by that name.
            e.Government = found.FirstOrDefault(f => f.Id != e.Link.Id && f.MatchedKeys.Any(governmentKeys[e].Contains));
        }
        MergeSameLinks(entities);
    }

    // Two spellings of one graph entity ("Estavian government", "Government of Estavia") are one entity.
    private static void MergeSameLinks(List<ArticleEntity> entities)
    {
        foreach (var group in entities.Where(e => e.Link is not null).GroupBy(e => e.Link!.Id).Where(g => g.Count() > 1).ToList())
        {
            var keep = group.First();
            foreach (var other in group.Skip(1))
            {
                foreach (var m in other.Mentions.ToList()) keep.Add(m);
                entities.Remove(other);
            }
        }
    }

    private bool Compatible(ArticleEntity e, KnownEntity candidate)
    {
        if (e.Kind is not { Confidence: >= 0.75 } guess) return true;
        var kind = ontology.FindKind(candidate.Kind);
        return kind is not null && (kind.IsA(guess.Kind) || guess.Kind.IsA(kind));
    }
}
