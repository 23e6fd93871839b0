using Timeline.Drafting.Rules;
using Timeline.Drafting.Text;

namespace Timeline.Drafting.Entities;

/// <summary>Reads the parts of a clause around a verb without a parser: the subject before it (skipping dates,
/// auxiliaries, appositions and relative clauses), the phrase after it, and the mention that heads each.</summary>
internal sealed class Slots(DraftingRules rules, Discourse discourse)
{
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "that", "after", "before", "since", "while", "because", "when", "whereas", "although", "though", "if", "until",
        "but", "and", "as", "where", "so",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "will", "would", "did", "does", "do", "is", "was", "were", "are", "been", "be", "also", "initially",
        "then", "later", "earlier", "again", "already", "reportedly", "allegedly", "once", "not", "never", "still", "just",
        "to", "plans", "plan", "planned", "is", "scheduled", "expected", "set", "due", "could", "should", "may", "might",
        "can", "shall", "'ll", "formally", "officially", "publicly", "quickly", "finally",
    };

    private static readonly HashSet<string> Introductions = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "speaking", "separately", "meanwhile", "however", "earlier", "later", "last", "two", "yesterday", "today",
        "according", "after", "before", "during", "asked", "since", "under", "with", "without", "for",
    };

    /// <summary>The subject of the verb at token <paramref name="verb"/>: the mention heading the words before it in its
    /// clause. <paramref name="skip"/> marks tokens to pass over (date expressions).</summary>
    public Mention? SubjectOf(Sentence s, int verb, Func<int, bool> skip)
    {
        var t = s.Tokens;
        var end = verb - 1;
        while (end >= 0 && (Auxiliaries.Contains(t[end].Lower) || skip(end))) end--;
        if (end < 0) return null;
        // Walk back over comma-separated segments: name, role appositions, relative clauses.
        var segments = new List<(int First, int Last)>();
        var segEnd = end;
        if (t[segEnd].Text == ",") segEnd--;
        // a parenthetical acronym right before the verb: The Council of Northern States (CNS) on Wednesday imposed
        if (segEnd >= 2 && t[segEnd].Text == ")" && t[segEnd - 2].Text == "(") segEnd -= 3;
        for (var k = segEnd; k >= -1; k--)
        {
            if (k == -1 || t[k].Text is "," or ";" or ":" || t[k].Kind == TokenKind.OpenQuote || t[k].Kind == TokenKind.CloseQuote
                || (ClauseOpeners.Contains(t[k].Lower) && !(t[k].Lower == "and" && Joined(s, k))))
            {
                if (k + 1 <= segEnd) segments.Add((k + 1, segEnd));
                if (k == -1 || t[k].Text != "," || segments.Count == 3) break;
                segEnd = k - 1;
            }
        }
        if (segments.Count == 0) return null;
        // The segment nearest the verb heads the subject, unless it is a relative clause or a role apposition.
        Mention? best = null;
        for (var i = 0; i < segments.Count; i++)
        {
            var (first, last) = segments[i];
            var word = t[first].Lower;
            if (word is "who" or "which" or "whose") continue;
            if (i > 0 && Introductions.Contains(word)) break;
            var head = HeadOf(s, first, last);
            if (head is null) continue;
            var isApposition = head.Form == MentionForm.Description && head.Entity is { Named: false } || IsRoleApposition(s, first, last);
            if (best is null) best = head;
            if (!isApposition && head.Form is MentionForm.Name or MentionForm.Acronym) return head;
            if (!isApposition && i == 0) return head;
            if (i > 0 && head.Form is MentionForm.Name) return head;
        }
        return best;
    }

    /// <summary>The mention heading tokens <paramref name="first"/>..<paramref name="last"/> (a subject, an object, the
    /// words after "according to").</summary>
    public Mention? HeadOf(Sentence s, int first, int last)
    {
        var inside = discourse.MentionsIn(s, first, last).ToList();
        if (inside.Count == 0) return null;
        // A description that opens the phrase heads it: a spokesperson for the Estavian Navy.
        var opening = inside.FirstOrDefault(m => m.Form == MentionForm.Description && m.First <= first + 1);
        if (opening is not null && !(opening.Possessive)) return opening;
        // The first mention that is not a modifier (Norland's, CNS in "CNS Secretary-General Ilse Brandt") heads.
        return inside.FirstOrDefault(m => !m.Possessive) ?? inside[0];
    }

    /// <summary>The mention right after token <paramref name="from"/> up to the end of its phrase (said Mr. Sand after …,
    /// according to port officials, seized the tanker Aurora Dawn …).</summary>
    public Mention? After(Sentence s, int from, out int phraseEnd)
    {
        var t = s.Tokens;
        var k = from;
        while (k < t.Count && !(t[k].Text is "," or "." or ";" or ":" or "?" or "!" || t[k].IsQuote
                                || (k > from && t[k].Lower is "who" or "which" or "that" or "after" or "before" or "while" or "since" or "because" or "and" or "but")
                                || (k > from + 1 && rules.SpeechCues.ContainsKey(t[k].Lower))))
            k++;
        var end = k - 1;
        phraseEnd = end;
        if (end < from) return null;
        // the tanker Aurora Dawn, the MT Polar Wind: an apposition naming what a description describes
        var head = HeadOf(s, from, end);
        if (head is { Form: MentionForm.Description } && end + 2 < t.Count && t[end + 1].Text == ",")
        {
            var appositive = discourse.MentionsIn(s, end + 2, Math.Min(t.Count - 1, end + 6))
                .FirstOrDefault(m => m.Form is MentionForm.Name && m.First <= end + 4);
            if (appositive is not null && appositive.Last + 1 < t.Count && t[appositive.Last + 1].Text is "," or ".")
            {
                phraseEnd = appositive.Last;
                return appositive;
            }
        }
        return head;
    }

    // the council’s secretary-general / Norland's defence minister / his lawyer
    private bool IsRoleApposition(Sentence s, int first, int last)
    {
        var t = s.Tokens;
        var k = first;
        // past the determiner or possessor: the / its / the council's / Norland's
        while (k <= last && (t[k].Lower is "the" or "a" or "an" or "its" or "his" or "her" or "their" || t[k].Kind == TokenKind.Possessive
                             || (k + 1 <= last && t[k + 1].Kind == TokenKind.Possessive)))
            k++;
        for (var j = k; j <= last && j <= k + 1; j++)
        {
            // "the council's secretary-general" describes a name given beside it; "his lawyer Irena Kovac" names itself.
            var role = rules.Before.FirstOrDefault(b => NameFinder.Matches(t, j, last, b.Words, lower: true));
            if (role.Words is not null)
                return !discourse.MentionsIn(s, j, last).Any(m => m.Form is MentionForm.Name && !m.Possessive && m.First == j + role.Words.Length);
        }
        return false;
    }

    // "Estavia and Norland met": the "and" joins two names within one subject.
    private static bool Joined(Sentence s, int k) =>
        k > 0 && k + 1 < s.Tokens.Count && s.Tokens[k - 1].IsCapitalised && s.Tokens[k + 1].IsCapitalised;
}
