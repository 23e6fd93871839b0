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
            // "the government" alone names no institution of its own: it refers back, like "the authority".
            case MentionForm.Description when m.Named && m.Surface == m.Head && m.Entity is { Link: null } && AnaphorOf(m) is { } back:
                return back;
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
        // Places are where things happen, not who speaks or acts: "they" and "it" do not refer to them.
        bool Place(ArticleEntity e) => e.Kind is { } k && _rules.KindPrepositions.Values.Contains(k.Kind);
        Func<ArticleEntity, bool> fits = m.Head switch
        {
            "person" => e => person is not null && e.Kind?.Kind == person && !e.Plural && e.Named,
            "group" => e => (e.Plural || (e.Kind is { } k && k.Kind != person)) && !Place(e),
            _ => e => e.Kind is { } k && k.Kind != person && !e.Plural && !Place(e),
        };
        var candidates = _mentions.Where(x => x.Position < m.Position && x.Entity is { } e && x.Form is not (MentionForm.Pronoun or MentionForm.Anaphor)
                                              && !x.Possessive && fits(e) && !x.Sentence.IsQuoted(x.Start)).ToList();
        if (candidates.Count == 0) return null;
        // An object pronoun (them, him, her) is the last party named, but not its own sentence's subject
        // ("Norland released the fishermen, a week after the coast guard detained them").
        if (m.Surface.ToLowerInvariant() is "them" or "him" or "her" && !m.Possessive)
        {
            var last = candidates.LastOrDefault(x => !(x.Sentence == m.Sentence && IsSubject(x))) ?? candidates[^1];
            return new Resolution(last.Entity!, 0.55, $"'{m.Surface}' taken for the last party named before it: {last.Entity!.Name}");
        }
        // A subject pronoun is the subject of the nearest sentence that names a candidate, rather than whoever was named
        // last in it ("Lindqvist praised Moen's steady hand. He said …": he is Lindqvist).
        var sentence = candidates[^1].Sentence;
        var inSentence = candidates.Where(x => x.Sentence == sentence).ToList();
        var subject = inSentence.FirstOrDefault(x => IsSubject(x)) ?? inSentence[^1];
        var found = subject.Entity!;
        return new Resolution(found, 0.6, $"speaker resolved from the pronoun '{m.Surface}' (the {(IsSubject(subject) ? "subject" : "last party named")} of the sentence before it: {found.Name})");
    }

    // The first mention of its sentence that is not a modifier: what the sentence is about.
    private bool IsSubject(Mention m) =>
        _mentions.Where(x => x.Sentence == m.Sentence && !x.Possessive && x.Form is not MentionForm.Pronoun).OrderBy(x => x.Position).FirstOrDefault() == m;

    private Resolution? AnaphorOf(Mention m)
    {
        var r = Anaphor(m);
        return r is not null && r.Entity != m.Entity ? r : null;
    }

    private Resolution? Anaphor(Mention m)
    {
        var head = m.Head!;
        var kind = m.Kind?.Kind;
        bool NamesIt(ArticleEntity e) => e.Names.Any(n => n.Contains(head, StringComparison.OrdinalIgnoreCase)) || e.Head == head;
        // Names inside quoted words are the speaker's, not the narrative's: they are not what "the government" refers to.
        var earlier = _mentions.Where(x => x.Position < m.Position && x.Entity is not null && x.Form != MentionForm.Pronoun && x != m && !x.Sentence.IsQuoted(x.Start))
            .Select(x => x.Entity!).ToList();
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
