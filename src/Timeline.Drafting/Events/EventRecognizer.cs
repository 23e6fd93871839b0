using Timeline.Drafting.Dates;
using Timeline.Drafting.Entities;
using Timeline.Drafting.Rules;
using Timeline.Drafting.Text;

namespace Timeline.Drafting.Events;

/// <summary>Finds events: a clause whose verb (or fixed phrase) is a cue of an event type of the ontology becomes an
/// event of that type, its subject and object taking the roles the rules give them (agent, target; participant for a
/// meeting; destination for a visit), "by X" in a passive the agent, and a place after in/at/near the location.</summary>
internal sealed class EventRecognizer(DraftingRules rules, Discourse discourse, Slots slots)
{
    private static readonly HashSet<string> Passive = new(StringComparer.Ordinal) { "was", "were", "been", "being", "is", "are", "be" };
    // Only what is said will happen: "could visit", "would respond" are possibilities, not events.
    private static readonly HashSet<string> Modal = new(StringComparer.Ordinal) { "will", "to", "'ll", "shall" };
    private static readonly HashSet<string> Refusals = new(StringComparer.Ordinal) { "refused", "refuses", "declined", "failed", "fails", "unable", "not" };
    // A phrase opened by one of these is not the verb's object (met for four hours in Geneva).
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "for", "in", "at", "on", "from", "to", "into", "near", "off", "during", "after", "before", "since", "by", "under", "over",
        "about", "outside", "inside", "across", "through", "until", "within", "again", "early", "late", "last", "this", "next",
    };

    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
        { "after", "before", "since", "while", "because", "which", "who", "that", "but", "whereas", "although", "until" };

    public List<EventDraft> Find(Sentence s, List<DateMention> dates, IReadOnlyList<(int First, int Last)> attributions)
    {
        var t = s.Tokens;
        var found = new List<EventDraft>();
        bool InDate(int k) => dates.Any(d => k >= d.FirstToken && k <= d.LastToken);
        bool Attributing(int k) => attributions.Any(a => k >= a.First && k <= a.Last);
        var used = new HashSet<int>();
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord || t[i].IsCapitalised || s.IsQuoted(t[i].Start) || used.Contains(i) || Attributing(i)) continue;
            var cue = rules.EventCues.FirstOrDefault(c => NameFinder.Matches(t, i, t.Count - 1, c.Words, lower: true) && Fits(s, i, c));
            if (cue is null) continue;
            var last = i + cue.Words.Length - 1;
            for (var k = i; k <= last; k++) used.Add(k);
            var draft = Recognise(s, i, last, cue, InDate, Attributing);
            if (draft is not null) found.Add(draft);
            i = last;
        }
        return found;
    }

    // A past form counts unless it is an adjective (the seized tanker); a lemma only after will/to (will meet).
    private bool Fits(Sentence s, int i, EventCue cue)
    {
        var t = s.Tokens;
        var previous = i > 0 ? t[i - 1].Lower : "";
        var next = i + cue.Words.Length < t.Count ? t[i + cue.Words.Length].Lower : "";
        if (next == "that" && rules.SpeechCues.ContainsKey(t[i].Lower)) return false; // announced that …: reported speech
        return cue.Form switch
        {
            EventCueForm.Past => previous is not ("the" or "a" or "an" or "its" or "their" or "his" or "her"),
            EventCueForm.Base => Modal.Contains(previous) && !(previous == "to" && i > 1 && Refusals.Contains(t[i - 2].Lower)),
            _ => true,
        };
    }

    private EventDraft? Recognise(Sentence s, int cueFirst, int cueLast, EventCue cue, Func<int, bool> inDate, Func<int, bool> attributing)
    {
        var t = s.Tokens;
        var clauseEnd = ClauseEnd(s, cueLast, attributing, inDate);
        var before = cueFirst - 1;
        while (before >= 0 && t[before].Lower is "not" or "also" or "already" or "reportedly" or "formally") before--;
        var passive = cue.Form != EventCueForm.Base && before >= 0 && Passive.Contains(t[before].Lower);

        var draft = new EventDraft
        {
            Sentence = s,
            Type = cue.Type,
            Cue = cueFirst,
            CueText = string.Join(' ', t.Skip(cueFirst).Take(cueLast - cueFirst + 1).Select(x => x.Text)),
            Span = (cueFirst, cueLast),
            Confidence = cue.Form == EventCueForm.Base ? 0.55 : 0.7,
        };
        var spanFirst = cueFirst;
        var spanLast = cueLast;

        var subject = slots.SubjectOf(s, cueFirst, inDate);
        // "Marovia said … and recalled its ambassador": a second verb shares the sentence's subject.
        if (subject is null && before >= 0 && t[before].Lower == "and")
            subject = discourse.MentionsIn(s, 0, before).FirstOrDefault(m => !m.Possessive && m.Form is MentionForm.Name or MentionForm.Description);
        if (subject is not null && subject.Last < cueFirst && discourse.Resolve(subject) is { } subj)
        {
            var role = passive ? rules.PassiveSubjectRole : cue.SubjectRole;
            Add(draft, role, role == rules.SubjectRole || role == rules.ByAgentRole ? Discourse.Acting(subj) : subj, subject);
            draft.Subject = subj.Entity;
            spanFirst = subject.First;
        }
        var objectFrom = cueLast + 1;
        while (objectFrom <= clauseEnd && (inDate(objectFrom) || t[objectFrom].Lower is "with" or "over" or "up" or "off")) objectFrom++;
        if (passive)
        {
            var by = Enumerable.Range(objectFrom, Math.Max(0, clauseEnd - objectFrom + 1)).FirstOrDefault(k => t[k].Lower == "by", -1);
            if (by > 0 && slots.After(s, by + 1, out var byEnd) is { } agent && discourse.Resolve(agent) is { } a)
            {
                Add(draft, rules.ByAgentRole, Discourse.Acting(a), agent);
                spanLast = Math.Max(spanLast, byEnd);
            }
        }
        else if (objectFrom <= clauseEnd && !Prepositions.Contains(t[objectFrom].Lower) && !rules.ParticipantPrepositions.ContainsKey(t[objectFrom].Lower)
                 && slots.After(s, objectFrom, out var objectEnd) is { } obj && obj.Last <= clauseEnd && discourse.Resolve(obj) is { } o)
        {
            Add(draft, cue.ObjectRole, o, obj);
            spanLast = Math.Min(clauseEnd, Math.Max(spanLast, obj.Last));
        }
        // "the Aurora Dawn, the tanker that Estavian forces seized": the object is what "that" stands for.
        if (!passive && draft.Participants.All(p => p.Role != cue.ObjectRole) && Antecedent(s, subject?.First ?? cueFirst) is { } antecedent
            && discourse.Resolve(antecedent) is { } target)
            Add(draft, cue.ObjectRole, target, antecedent);
        // in the Kessel Strait → location; to Solvik → destination
        for (var k = cueLast + 1; k < clauseEnd; k++)
        {
            if (!rules.ParticipantPrepositions.TryGetValue(t[k].Lower, out var prep)) continue;
            var m = discourse.MentionsIn(s, k + 1, Math.Min(clauseEnd, k + 4)).FirstOrDefault(x => x.First <= k + 2 && x.Form is MentionForm.Name or MentionForm.Description);
            if (m is null || discourse.Resolve(m) is not { } place || place.Entity.Kind is not { } kind || !prep.Kinds.Any(pk => kind.Kind.IsA(pk))) continue;
            if (draft.Participants.Any(p => p.Role == prep.Role || p.Entity.Entity == place.Entity)) continue;
            Add(draft, prep.Role, place, m);
        }
        if (draft.Participants.Count == 0) return null;
        draft.Span = (spanFirst, Math.Min(spanLast, clauseEnd));
        draft.Reasons.Add($"'{draft.CueText}' names a {cue.Type.Name}");
        if (passive) draft.Reasons.Add("passive: the subject is the target");
        return draft;
    }

    private Mention? Antecedent(Sentence s, int clauseFirst)
    {
        var t = s.Tokens;
        var that = clauseFirst - 1;
        if (that < 1 || t[that].Lower is not ("that" or "which")) return null;
        var before = discourse.MentionsIn(s, 0, that - 1).LastOrDefault(m => !m.Possessive && m.Last == that - 1);
        if (before is { Form: MentionForm.Description or MentionForm.Anaphor } && before.First >= 2 && t[before.First - 1].Text == ",")
            return discourse.MentionsIn(s, 0, before.First - 2).LastOrDefault(m => m.Form == MentionForm.Name && m.Last == before.First - 2) ?? before;
        return before;
    }

    private static void Add(EventDraft draft, Timeline.Core.Ontology.Role role, Resolution entity, Mention m)
    {
        if (draft.Participants.Any(p => Equals(p.Entity.Key, entity.Key) && p.Role == role)) return;
        draft.Participants.Add((role, entity));
        if (entity.Reason is not null) draft.Reasons.Add(entity.Reason);
        if (m.Form is MentionForm.Pronoun or MentionForm.Anaphor) draft.Confidence = Math.Min(draft.Confidence, 0.55);
    }

    /// <summary>The last token of the clause the cue at <paramref name="from"/> heads.</summary>
    public int ClauseEnd(Sentence s, int from, Func<int, bool> attributing, Func<int, bool> inDate)
    {
        var t = s.Tokens;
        var k = from + 1;
        while (k < t.Count && !EndsClause(s, k, attributing, inDate))
            k++;
        return k - 1;
    }

    private bool EndsClause(Sentence s, int k, Func<int, bool> attributing, Func<int, bool> inDate)
    {
        var t = s.Tokens;
        if (t[k].Text is "." or ";" or "!" or "?" || t[k].IsQuote || attributing(k)) return true;
        // "since December 20" dates the clause; "since the seizure" opens another.
        if (Boundaries.Contains(t[k].Lower)) return !(inDate(k) || (k + 1 < t.Count && inDate(k + 1)));
        if (t[k].Text == "," && k + 1 < t.Count && t[k + 1].Lower is "according" or "citing" or "escalating" or "adding") return true;
        // "… were released on March 27 and flown home": a second verb is a second clause.
        return t[k].Lower == "and" && k + 1 < t.Count && (rules.VerbForms.Contains(t[k + 1].Lower) || t[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal) && t[k + 1].Lower.Length > 4);
    }
}
