using Timeline.Core.Ontology;
using Timeline.Drafting.Rules;
using Timeline.Drafting.Text;

namespace Timeline.Drafting.Entities;

/// <summary>The article's entities and mentions in reading order, answering "who is this?" for a mention: a name is
/// its entity; "she" the last person named before it; "the authority" the organisation named with that word; "the
/// official" the unnamed official described before. Each answer carries how sure it is and why.</summary>
internal sealed class Discourse
{
    private readonly DraftingRules _rules;
    private readonly List<Mention> _mentions;

    public Discourse(DraftingRules rules, List<ArticleEntity> entities, List<Mention> mentions)
    {
        _rules = rules;
        Entities = entities;
        _mentions = mentions.OrderBy(m => m.Position).ToList();
    }

    public List<ArticleEntity> Entities { get; }

    public IEnumerable<Mention> MentionsIn(Sentence s) => _mentions.Where(m => m.Sentence == s);

    public IEnumerable<Mention> MentionsIn(Sentence s, int firstToken, int lastToken) =>
        _mentions.Where(m => m.Sentence == s && m.First >= firstToken && m.Last <= lastToken);

    /// <summary>The entity <paramref name="m"/> refers to, or null when it cannot be told.</summary>
    public Resolution? Resolve(Mention m)
    {
        switch (m.Form)
        {
            case MentionForm.Name or MentionForm.Acronym or MentionForm.Description when m.Entity is { } e:
                if (e.Mentions.All(x => x.SentenceInitial) && e.Link is null && e.Kind is null) return null;
                return new Resolution(e, 1.0, null);
            case MentionForm.Pronoun:
                return Pronoun(m);
            case MentionForm.Anaphor:
                return Anaphor(m);
        }
        return null;
    }

    private Resolution? Pronoun(Mention m)
    {
        var person = _rules.PersonKind;
        Func<ArticleEntity, bool> fits = m.Head switch
        {
            "person" => e => person is not null && e.Kind?.Kind == person && !e.Plural && e.Named,
            "group" => e => e.Plural || (e.Kind is { } k && k.Kind != person),
            _ => e => e.Kind is { } k && k.Kind != person && !e.Plural,
        };
        var before = _mentions.Where(x => x.Position < m.Position && x.Entity is { } e && x.Form is not (MentionForm.Pronoun or MentionForm.Anaphor) && fits(e))
            .LastOrDefault();
        if (before?.Entity is not { } found) return null;
        return new Resolution(found, 0.6, $"speaker resolved from the pronoun '{m.Surface}' (the last {(m.Head == "person" ? "person" : "party")} named before it: {found.Name})");
    }

    private Resolution? Anaphor(Mention m)
    {
        var head = m.Head!;
        var kind = m.Kind?.Kind;
        bool NamesIt(ArticleEntity e) => e.Names.Any(n => n.Contains(head, StringComparison.OrdinalIgnoreCase)) || e.Head == head;
        var earlier = _mentions.Where(x => x.Position < m.Position && x.Entity is not null && x.Form != MentionForm.Pronoun && x != m).Select(x => x.Entity!).ToList();
        var found = earlier.LastOrDefault(NamesIt);
        if (found is not null) return new Resolution(found, 0.75, $"'{m.Surface}' refers back to {found.Name}");
        if (kind is not null && kind != _rules.PersonKind)
        {
            found = earlier.LastOrDefault(e => e.Named && e.Kind is { } k && (k.Kind.IsA(kind) || kind.IsA(k.Kind)));
            if (found is not null) return new Resolution(found, 0.6, $"'{m.Surface}' taken for the last {kind.Name.ToLowerInvariant()} named before it, {found.Name}");
        }
        // the coast guard … the Norland Coast Guard: named after the first reference.
        var later = _mentions.Where(x => x.Position > m.Position && x.Entity is { Named: true } && x.Form is MentionForm.Name).Select(x => x.Entity!).FirstOrDefault(NamesIt);
        if (later is not null) return new Resolution(later, 0.6, $"'{m.Surface}' taken for {later.Name}, named later in the article");
        return null;
    }

    /// <summary>For a speaker or an acting party: a country speaks and acts through its government when the graph has one.</summary>
    public static Resolution Acting(Resolution r) =>
        r.Entity.Government is { } g && r.Entity.Link is not null
            ? r with { ViaGovernment = g, Reason = Join(r.Reason, $"{r.Entity.Name} is a state; its words and acts are its government's ({g.Id})") }
            : r;

    private static string Join(string? a, string b) => a is null ? b : a + "; " + b;
}

/// <summary>What a mention was resolved to. <see cref="ViaGovernment"/> replaces a country by its government.</summary>
internal sealed record Resolution(ArticleEntity Entity, double Confidence, string? Reason)
{
    public Linking.KnownEntity? ViaGovernment { get; init; }

    /// <summary>Identity of what it refers to, before ids are given: the government, or the article entity.</summary>
    public object Key => (object?)ViaGovernment?.Id ?? Entity;
}
