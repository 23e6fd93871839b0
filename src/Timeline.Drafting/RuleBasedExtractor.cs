using Timeline.Core.Ontology;
using Timeline.Drafting.Building;
using Timeline.Drafting.Dates;
using Timeline.Drafting.Entities;
using Timeline.Drafting.Events;
using Timeline.Drafting.Linking;
using Timeline.Drafting.Rules;
using Timeline.Drafting.Speech;
using Timeline.Drafting.Text;
using Timeline.Primitives;

namespace Timeline.Drafting;

/// <summary>The rule-based drafter: splits the article into sentences, finds mentions and dates, groups names into
/// entities, links them to the graph in one read, then finds statements and events and writes the draft. The words
/// it knows are data (<see cref="DraftingRules"/>), bound to the ontology; the graph is reached only through
/// <see cref="IKnownEntities"/>.</summary>
public sealed class RuleBasedExtractor : IDraftExtractor
{
    private readonly DraftingRules _rules;
    private readonly IKnownEntities _known;

    /// <summary>A drafter for <paramref name="ontology"/> that links to the entities <paramref name="known"/> holds.</summary>
    public RuleBasedExtractor(OntologyModel ontology, IKnownEntities known)
        : this(DraftingRules.For(ontology), known)
    {
    }

    /// <summary>A drafter with explicit rules.</summary>
    public RuleBasedExtractor(DraftingRules rules, IKnownEntities known)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _known = known ?? throw new ArgumentNullException(nameof(known));
    }

    /// <inheritdoc />
    public async Task<Draft> DraftAsync(Article article, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = ArticleText.Parse(article.Text);
        var sentences = text.Sentences;

        var finder = new MentionFinder(_rules);
        var recognizer = new DateRecognizer(_rules, article.Published);
        var mentions = new List<Mention>();
        var dates = new Dictionary<Sentence, List<DateMention>>();
        PartialDate? previous = null;
        foreach (var s in sentences)
        {
            mentions.AddRange(finder.Find(s));
            dates[s] = recognizer.Find(s, previous);
            previous = dates[s].LastOrDefault(d => d.Value is not null && !d.Quoted)?.Value ?? previous;
        }

        var entities = EntityClusterer.Cluster(mentions);
        var ids = new IdMaker(_rules);
        await new EntityLinker(_known, _rules.Ontology).LinkAsync(entities, ids, ct);

        var discourse = new Discourse(_rules, entities, mentions);
        var slots = new Slots(_rules, discourse);
        var statements = new SpeechRecognizer(_rules, discourse, slots).Find(sentences, dates);
        var dating = new ItemDating(recognizer, sentences, dates, statements);
        var notes = new List<DraftNote>();
        StatementDraft? previousStatement = null;
        foreach (var st in statements)
        {
            var sameParagraph = previousStatement is not null && previousStatement.Sentence.Paragraph == st.Sentence.Paragraph ? previousStatement : null;
            dating.Date(st, sameParagraph, s => SubjectEntity(discourse, s));
            AddAbout(st, discourse);
            previousStatement = st;
        }

        var eventRecognizer = new EventRecognizer(_rules, discourse, slots);
        var events = new List<EventDraft>();
        foreach (var s in sentences)
        {
            var attributions = statements.Where(st => st.Sentence == s).Select(st => st.Attribution).ToList();
            foreach (var ev in eventRecognizer.Find(s, dates[s], attributions))
            {
                var (first, last) = ClauseOf(s, ev, eventRecognizer, attributions, dates[s]);
                if (!dating.Date(ev, first, last, x => SubjectEntity(discourse, x)))
                {
                    notes.Add(new DraftNote("$.events", 0.3, $"not drafted: '{ev.Title}' reads as a {ev.Type.Name}, but the text gives it no date"));
                    continue;
                }
                if (events.FirstOrDefault(e => SameEvent(e, ev)) is { } same)
                {
                    Merge(same, ev);
                    continue;
                }
                events.Add(ev);
            }
        }
        return new DocumentBuilder(_rules, ids).Build(article, text.Headline, entities, statements, events, notes);
    }

    private static object? SubjectEntity(Discourse discourse, Sentence s) =>
        discourse.MentionsIn(s).FirstOrDefault(m => !m.Possessive && m.Form is MentionForm.Name or MentionForm.Acronym or MentionForm.Description) is { } m
            ? discourse.Resolve(m)?.Entity
            : null;

    // The named things the statement's own words mention, not its speaker.
    private static void AddAbout(StatementDraft st, Discourse discourse)
    {
        var (first, last) = st.Clause;
        foreach (var m in discourse.MentionsIn(st.Sentence, first, last))
        {
            if (m.Form is not (MentionForm.Name or MentionForm.Acronym) || m.Entity is null || m.Entity == st.Speaker.Entity) continue;
            if (m.Start < st.TextStart || m.End > st.TextEnd) continue;
            if (discourse.Resolve(m) is null) continue;
            if (st.AboutMentions.All(x => x.Entity != m.Entity)) st.AboutMentions.Add(m);
        }
    }

    // The clause an event's dates are read from: from the boundary before its cue to the end of its clause.
    private static (int First, int Last) ClauseOf(Sentence s, EventDraft ev, EventRecognizer recognizer, IReadOnlyList<(int First, int Last)> attributions,
        IReadOnlyList<DateMention> dates)
    {
        var t = s.Tokens;
        var first = ev.Cue;
        bool InDate(int k) => dates.Any(d => k >= d.FirstToken && k <= d.LastToken);
        while (first > 0 && !(t[first - 1].Text is ";" || (t[first - 1].Lower is "after" or "before" or "since" or "that" or "which" or "who" or "while" or "but" or "because"
                                                          && !(t[first - 1].Lower == "since" && InDate(first)))))
            first--;
        var last = recognizer.ClauseEnd(s, ev.Span.Last < ev.Cue ? ev.Cue : Math.Max(ev.Cue, ev.Span.Last), k => attributions.Any(a => k >= a.First && k <= a.Last),
            k => dates.Any(d => k >= d.FirstToken && k <= d.LastToken));
        return (first, last);
    }

    private static void Merge(EventDraft kept, EventDraft again)
    {
        kept.Reasons.Add($"also told in: \"{again.Sentence.Text}\"");
        if (again.Date is { } d && kept.Date is { } k && d.Latest - d.Earliest < k.Latest - k.Earliest)
        {
            kept.SetDate(d, again.DateConfidence, again.DateReason);
        }
        foreach (var p in again.Participants.Where(p => kept.Participants.All(q => q.Role != p.Role)))
            kept.Participants.Add(p);
    }

    // One event told twice (the fishermen were detained … / the coast guard detained them): same type, a shared
    // participant in the same role, overlapping dates.
    private static bool SameEvent(EventDraft a, EventDraft b) =>
        a.Type == b.Type && a.Date is { } da && b.Date is { } db && da.Earliest <= db.Latest && db.Earliest <= da.Latest
        && a.Participants.Any(p => b.Participants.Any(q => q.Role == p.Role && Equals(q.Entity.Key, p.Entity.Key)));
}
