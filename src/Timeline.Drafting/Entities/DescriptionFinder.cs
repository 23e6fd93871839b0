using Timeline.Drafting.Rules;
using Timeline.Drafting.Text;

namespace Timeline.Drafting.Entities;

/// <summary>Finds what refers without a name: descriptions headed by a noun of the rules (a senior official at the
/// justice ministry, eleven Estavian fishermen, the Marovian foreign ministry), anaphors (the authority, the company,
/// the official) and pronouns.</summary>
internal sealed class DescriptionFinder(DraftingRules rules)
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "some", "several", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "dozens", "hundreds", "its", "his", "her", "their", "our", "this", "that", "these", "those",
    };

    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "while", "that", "which", "who", "whom", "whose", "to", "of", "for", "at", "in", "on", "by", "with",
        "from", "as", "than", "if", "when", "after", "before", "since", "until", "were", "was", "is", "are", "be", "been",
        "had", "has", "have", "will", "would", "could", "should", "not", "no", "it", "he", "she", "they", "we", "them",
        "said", "told", "says", "between", "over", "into", "about", "also", "still", "then", "only",
    };

    private static readonly HashSet<string> Complements = new(StringComparer.Ordinal) { "for", "at", "of", "from", "in" };

    public IEnumerable<Mention> Find(Sentence s)
    {
        var t = s.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (Pronoun(s, i) is { } pronoun)
            {
                yield return pronoun;
                continue;
            }
            if (Anaphor(s, i) is { } anaphor)
            {
                yield return anaphor;
                i = anaphor.Last;
                continue;
            }
            if (Description(s, i) is { } description)
                yield return description;
        }
    }

    private Mention? Pronoun(Sentence s, int i)
    {
        var t = s.Tokens[i];
        if (!t.IsWord) return null;
        var w = t.Lower;
        var possessive = w is "his" or "its" or "their" || (w == "her" && i + 1 < s.Tokens.Count && s.Tokens[i + 1].IsWord && !rules.Adverbials.Contains(s.Tokens[i + 1].Lower));
        var word = w switch { "his" => "he", "its" => "it", "their" => "they", _ => w };
        if (!(rules.PersonPronouns.Contains(word) || rules.GroupPronouns.Contains(word) || rules.ThingPronouns.Contains(word)))
            return null;
        return new Mention(s, i, i, t.Text, MentionForm.Pronoun)
        {
            Head = rules.PersonPronouns.Contains(word) ? "person" : rules.GroupPronouns.Contains(word) ? "group" : "thing",
            Plural = rules.GroupPronouns.Contains(word),
            Possessive = possessive,
        };
    }

    // the authority / the company / the official / the coast guard / the council's
    private Mention? Anaphor(Sentence s, int i)
    {
        var t = s.Tokens;
        if (!(t[i].Lower is "the" or "this" or "that")) return null;
        foreach (var (words, kind) in rules.Anaphors)
        {
            var last = i + words.Length;
            if (!NameFinder.Matches(t, i + 1, t.Count - 1, words, lower: true) || t[i + 1].IsCapitalised) continue;
            var next = last + 1 < t.Count ? t[last + 1] : default;
            // the council of Europe / the company Halden Tankers: a name follows, not an anaphor
            if (next.IsCapitalised || next.Lower == "of" || (next.IsWord && rules.Heads.ContainsKey(next.Lower))) continue;
            return new Mention(s, i, last, s.Slice(t[i].Start, t[last].End), MentionForm.Anaphor)
            {
                Head = string.Join(' ', words),
                Kind = new KindGuess(kind, 0.7, $"'{string.Join(' ', words)}' refers back"),
                Possessive = next.Kind == TokenKind.Possessive,
            };
        }
        return null;
    }

    // [det] [modifiers] HEAD [for/at/of … complement]
    private Mention? Description(Sentence s, int i)
    {
        var t = s.Tokens;
        if (!t[i].IsWord || !rules.Heads.TryGetValue(t[i].Lower, out var kind)) return null;
        if (t[i].IsCapitalised && i > 0 && t[i - 1].Kind != TokenKind.OpenQuote) return null; // part of a name (Coast Guard)
        // his lawyer Irena Kovac / Norland's defence minister, Oskar Hale: the noun introduces a name.
        if (i + 1 < t.Count && t[i + 1].IsCapitalised && !t[i + 1].IsAcronym) return null;
        if (i + 2 < t.Count && t[i + 1].Text == "," && t[i + 2].IsCapitalised && Quoteless(t, i + 2)) return null;
        // opposition leader Pavel Dorin: handled by the name; Estavian Navy spokesperson: fine.
        var start = i;
        var modifiers = 0;
        while (start - 1 >= 0)
        {
            var p = t[start - 1];
            if (p.Kind == TokenKind.Possessive && start - 2 >= 0 && t[start - 2].IsCapitalised) { start -= 2; continue; }
            if (!p.IsWord && p.Kind != TokenKind.Number) break;
            if (Determiners.Contains(p.Lower) || p.Kind == TokenKind.Number) { start--; break; }
            if (p.IsCapitalised && NameFinder.IsDemonym(p.Text)) { start--; continue; }
            // the United States government, the U.S. military: a name before an institution's noun is part of its name
            if (p.IsCapitalised && kind != rules.PersonKind && !rules.Prefixes.Values.Contains(kind) && !rules.NotNames.Contains(p.Text)) { start--; continue; }
            if (p.IsCapitalised && start - 1 == 0) { start--; break; }
            if (p.IsCapitalised || Stops.Contains(p.Lower) || IsVerbLike(p.Lower) || modifiers == 2)
                break;
            modifiers++;
            start--;
        }
        if (start < t.Count && start > 0 && Determiners.Contains(t[start - 1].Lower) && !Determiners.Contains(t[start].Lower))
            start--;
        // Lower-case modifiers count only when a determiner or the sentence start anchors them (which sent observers).
        if (start < i && start > 0 && !(Determiners.Contains(t[start].Lower) || t[start].Kind == TokenKind.Number || t[start].IsCapitalised)
            && !(t[start - 1].Kind == TokenKind.Possessive))
        {
            var anchored = start - 1 >= 0 && (t[start - 1].Text is "," or ":" || t[start - 1].Kind == TokenKind.OpenQuote);
            if (!anchored) start = i;
        }
        var last = i;
        // a spokesperson for the Estavian Navy / a senior official at the justice ministry
        if (rules.PersonKind == kind && i + 1 < t.Count && Complements.Contains(t[i + 1].Lower) && t[i + 1].Lower != "in")
        {
            var k = i + 2;
            var end = -1;
            while (k < t.Count && k <= i + 7)
            {
                var w = t[k];
                if (!w.IsWord || w.Lower is "who" or "which" or "that" || IsVerbLike(w.Lower) || (Stops.Contains(w.Lower) && w.Lower != "the"))
                    break;
                end = k;
                k++;
            }
            if (end > i + 1 && t[end].Lower != "the") last = end;
        }
        var determiner = t[start].Lower;
        var firstWord = Determiners.Contains(determiner) && t[start].Kind != TokenKind.Number && !IsNumberWord(determiner) ? start + 1 : start;
        if (firstWord > last) return null;
        var plural = t[i].Lower.EndsWith('s') || t[i].Lower is "men" or "women" or "people" or "crew" || t[i].Lower.EndsWith("men", StringComparison.Ordinal);
        var definite = determiner is "the" || (start < i && t[start].IsCapitalised && !NameFinder.IsDemonym(t[start].Text) && !Determiners.Contains(determiner));
        var surface = s.Slice(t[firstWord].Start, t[last].End);
        var organisation = kind != rules.PersonKind && !rules.Prefixes.Values.Contains(kind);
        return new Mention(s, start, last, surface, MentionForm.Description)
        {
            Head = t[i].Lower,
            Plural = plural,
            // the Marovian foreign ministry names one institution; a senior official, Estavian trawlers do not.
            Named = organisation && definite && !plural,
            Kind = new KindGuess(kind, 0.7, $"described as '{t[i].Text}'"),
            Possessive = last + 1 < t.Count && t[last + 1].Kind == TokenKind.Possessive,
        };
    }

    private bool IsVerbLike(string w) =>
        rules.VerbForms.Contains(w) || (w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)));

    private static bool IsNumberWord(string w) => w is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "eleven" or "twelve" or "several" or "many" or "dozens" or "hundreds";

    private static bool Quoteless(IReadOnlyList<Token> t, int i) => t[i].Kind == TokenKind.Word;
}
