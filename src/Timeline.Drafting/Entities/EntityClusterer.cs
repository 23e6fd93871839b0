using Timeline.Primitives;

namespace Timeline.Drafting.Entities;

/// <summary>Groups the names of an article into entities: "Maria Varga", "Varga" and "Ms. Varga" are one person,
/// "Northern Maritime Authority", "(NMA)" and "NMA" one organisation, "Halden Tankers Ltd" and "Halden Tankers" one
/// company. Descriptions that name an institution (the Marovian foreign ministry) and unnamed descriptions (a senior
/// official) become entities of their own; the same description twice is one entity.</summary>
internal static class EntityClusterer
{
    private static readonly HashSet<string> CorporateSuffixes = new(StringComparer.OrdinalIgnoreCase)
        { "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "LLC", "plc", "PLC", "SA", "AG", "GmbH", "Group" };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "the", "and", "de", "del" };

    public static List<ArticleEntity> Cluster(IReadOnlyList<Mention> mentions)
    {
        var entities = new List<ArticleEntity>();
        foreach (var m in mentions.Where(m => m.Form is MentionForm.Name or MentionForm.Acronym))
        {
            if (Find(m, entities) is { } existing) existing.Add(m);
            else entities.Add(new ArticleEntity(m));
        }
        foreach (var m in mentions.Where(m => m.Form == MentionForm.Description))
        {
            var key = DescriptionKey(m.Surface);
            var same = entities.LastOrDefault(e => e.Mentions.Any(x => x.Form == MentionForm.Description && DescriptionKey(x.Surface) == key));
            // "the fishermen" after "eleven Estavian fishermen": a definite description points back to the same group.
            if (same is null && m.Sentence.Tokens[m.First].Lower == "the" && m.First + 1 == m.Last)
                same = entities.LastOrDefault(e => e.Head == m.Head && e.Plural == m.Plural && !e.Named);
            if (same is not null) same.Add(m);
            else entities.Add(new ArticleEntity(m));
        }
        return entities;
    }

    private static ArticleEntity? Find(Mention m, List<ArticleEntity> entities)
    {
        var key = NameKey.Of(m.Surface);
        var byName = entities.LastOrDefault(e => e.HasName(m.Surface) || m.Aliases.Any(e.HasName));
        if (byName is not null) return byName;
        var words = m.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (m.Form == MentionForm.Acronym)
            return entities.LastOrDefault(e => e.Names.Any(n => Initials(n) == m.Surface.Replace(".", "", StringComparison.Ordinal)));
        if (words.Length == 1)
        {
            // Varga after Maria Varga; Dorin after Pavel Dorin.
            return entities.LastOrDefault(e => e.Names.Any(n => n.Contains(' ') && NameKey.Of(n.Split(' ')[^1]) == key
                                                              && !Connectors.Contains(n.Split(' ')[^2])));
        }
        // Halden Tankers after Halden Tankers Ltd (or the other way round)
        var withoutSuffix = CorporateSuffixes.Contains(words[^1]) ? string.Join(' ', words[..^1]) : null;
        var match = entities.LastOrDefault(e => e.Names.Any(n =>
        {
            var other = n.Split(' ');
            return (withoutSuffix is not null && NameKey.Of(n) == NameKey.Of(withoutSuffix))
                   || (other.Length > 1 && CorporateSuffixes.Contains(other[^1]) && NameKey.Of(string.Join(' ', other[..^1])) == key);
        }));
        if (match is not null) return match;
        // Pavel Dorin after a lone "Dorin": the full name joins the surname's entity.
        return entities.LastOrDefault(e => e.Names.Count == 1 && !e.Names[0].Contains(' ') && !ArticleEntity.IsAcronym(e.Names[0])
                                           && NameKey.Of(words[^1]) == NameKey.Of(e.Names[0]));
    }

    /// <summary>The acronym a name would have: Council of Northern States → CNS.</summary>
    public static string Initials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Connectors.Contains(w) && char.IsUpper(w[0])).ToList();
        return words.Count < 2 ? "" : string.Concat(words.Select(w => w[0]));
    }

    private static string DescriptionKey(string surface) => NameKey.Of(surface);
}
