using Timeline.Drafting.Rules;
using Timeline.Drafting.Text;

namespace Timeline.Drafting.Entities;

/// <summary>Finds capitalised names and acronyms in a sentence: splits off titles (Prime Minister Tomas Lindqvist →
/// Tomas Lindqvist, a Person) and vessel prefixes (MT Polar Wind → Polar Wind, a Vessel), keeps the acronym given in
/// brackets (Northern Maritime Authority (NMA)) and guesses each name's kind from the cues around it.</summary>
internal sealed class NameFinder(DraftingRules rules)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "de", "del", "da", "van", "von", "al", "bin", "la" };

    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.",
        "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "I",
    };

    public IEnumerable<Mention> Find(Sentence s)
    {
        var t = s.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (!IsNameToken(t[i])) continue;
            var j = i;
            while (j + 1 < t.Count)
            {
                if (IsNameToken(t[j + 1])) { j++; continue; }
                if (Connectors.Contains(t[j + 1].Text) && j + 2 < t.Count && IsNameToken(t[j + 2])) { j += 2; continue; }
                if (Connectors.Contains(t[j + 1].Text) && j + 3 < t.Count && t[j + 2].Text == "the" && IsNameToken(t[j + 3])) { j += 3; continue; }
                break;
            }
            foreach (var m in Split(s, i, j)) yield return m;
            i = j;
        }
    }

    private static bool IsNameToken(Token t) => t.IsCapitalised && !CalendarWords.Contains(t.Text);

    // One capitalised run → the mentions it holds.
    private IEnumerable<Mention> Split(Sentence s, int first, int last)
    {
        var t = s.Tokens;
        var atStart = IsClauseStart(s, first);
        while (first <= last && atStart && rules.NotNames.Contains(t[first].Text))
            first++;
        if (first > last) yield break;

        // A title inside the run: what follows is a person's name, what precedes it qualifies it (CNS, Estavian).
        for (var k = first; k <= last; k++)
        {
            var title = rules.Titles.FirstOrDefault(x => Matches(t, k, last, x.Words));
            if (title.Words is null) continue;
            var nameStart = k + title.Words.Length;
            if (k > first && Qualifier(s, first, k - 1) is { } qualifier) yield return qualifier;
            if (nameStart > last) yield break;
            var titleText = s.Slice(t[k].Start, t[nameStart - 1].End);
            var person = Make(s, nameStart, last);
            person.Title = titleText;
            person.Kind = new KindGuess(title.Kind, 0.9, $"title '{titleText}'");
            yield return person;
            yield break;
        }

        if (rules.Prefixes.TryGetValue(t[first].Text, out var prefixKind) && first < last)
        {
            var vessel = Make(s, first + 1, last);
            vessel.Aliases.Add(s.Slice(t[first].Start, t[last].End));
            vessel.Kind = new KindGuess(prefixKind, 0.95, $"prefix '{t[first].Text}'");
            yield return vessel;
            yield break;
        }

        // A lone demonym is an adjective (Estavian trawlers, the Venezuelan government), not a name.
        if (first == last && (last + 1 >= t.Count || !t[last + 1].IsCapitalised)
            && (IsDemonym(t[first].Text) || (t[first].Text.EndsWith("an", StringComparison.Ordinal) && last + 1 < t.Count && rules.Heads.ContainsKey(t[last + 1].Lower))))
            yield break;

        var mention = Make(s, first, last);
        mention.SentenceInitial = first == last && atStart && !t[first].IsAcronym;
        mention.Kind = Guess(s, first, last);
        yield return mention;
    }

    private Mention? Qualifier(Sentence s, int first, int last)
    {
        var t = s.Tokens;
        if (first == last && IsDemonym(t[first].Text)) return null;
        if (first == last && rules.NotNames.Contains(t[first].Text)) return null;
        var m = Make(s, first, last);
        m.Kind = Guess(s, first, last);
        m.Possessive = true; // a modifier of the name that follows (CNS Secretary-General Ilse Brandt)
        return m;
    }

    private Mention Make(Sentence s, int first, int last)
    {
        var t = s.Tokens;
        var form = first == last && t[first].IsAcronym ? MentionForm.Acronym : MentionForm.Name;
        var m = new Mention(s, first, last, s.Slice(t[first].Start, t[last].End), form);
        if (last + 1 < t.Count && t[last + 1].Kind == TokenKind.Possessive)
            m.Possessive = true;
        // Northern Maritime Authority (NMA)
        if (last + 3 < t.Count && t[last + 1].Text == "(" && t[last + 2].IsAcronym && t[last + 3].Text == ")")
            m.Aliases.Add(t[last + 2].Text);
        return m;
    }

    // The kind the words around a name point to, strongest cue first.
    private KindGuess? Guess(Sentence s, int first, int last)
    {
        var t = s.Tokens;
        // the oil tanker Aurora Dawn / his lawyer Irena Kovac / Their trawler, the Marisol
        var before = first - 1;
        if (before >= 0 && t[before].Lower == "the" && before >= 1 && t[before - 1].Text == ",") before -= 2;
        else if (before >= 0 && t[before].Text == ",") before -= 1;
        if (before >= 0)
        {
            foreach (var (words, kind) in rules.Before)
            {
                if (before - words.Length + 1 >= 0 && Matches(t, before - words.Length + 1, before, words, lower: true))
                    return new KindGuess(kind, 0.85, $"after '{string.Join(' ', words)}'");
            }
        }
        // Northern Maritime Authority, Council of Northern States, Kessel Strait: the head word's kind.
        var headEnd = last;
        for (var k = first; k <= last; k++)
        {
            if (Connectors.Contains(t[k].Text)) { headEnd = k - 1; break; }
        }
        foreach (var (words, kind) in rules.NameWords)
        {
            for (var k = headEnd - words.Length + 1; k >= first; k--)
            {
                if (Matches(t, k, headEnd, words, lower: true))
                    return new KindGuess(kind, k + words.Length - 1 == headEnd ? 0.8 : 0.6, $"'{string.Join(' ', words)}' in the name");
            }
        }
        if (first == last && t[first].IsAcronym)
            return null;
        // Aurora Dawn, the tanker that … / Ilse Brandt, the council's secretary-general, …
        if (last + 2 < t.Count && t[last + 1].Text == ",")
        {
            for (var k = last + 2; k < t.Count && k <= last + 5; k++)
            {
                var (words, kind) = rules.Before.FirstOrDefault(b => Matches(t, k, t.Count - 1, b.Words, lower: true));
                if (words is not null)
                    return new KindGuess(kind, 0.75, $"described as '{string.Join(' ', words)}'");
                if (!(t[k].Lower is "the" or "a" or "an" or "its" or "his" or "her" or "their" || t[k].Kind == TokenKind.Possessive || t[k].IsCapitalised))
                    break;
            }
        }
        // Lena Moro, whose son … / Henrik Sand, who …
        if (last + 2 < t.Count && t[last + 1].Text == "," && t[last + 2].Lower is "who" or "whose" && rules.PersonKind is { } person)
            return new KindGuess(person, 0.6, $"followed by ', {t[last + 2].Text}'");
        if (first > 0 && rules.KindPrepositions.TryGetValue(t[first - 1].Lower, out var placeKind))
            return new KindGuess(placeKind, 0.45, $"a name after '{t[first - 1].Text}'");
        if (last > first && rules.PersonKind is { } people)
            return new KindGuess(people, 0.35, "two or more capitalised words and no other cue");
        return null;
    }

    private static bool IsClauseStart(Sentence s, int i) =>
        i == 0 || s.Tokens[i - 1].Kind == TokenKind.OpenQuote || s.Tokens[i - 1].Text is ":" or "—" or "–" or "-" or "(" or "." or "!" or "?";

    internal static bool IsDemonym(string word) =>
        word.Length > 4 && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal)
                            || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
                            || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal)
                            || word.EndsWith("ans", StringComparison.Ordinal));

    internal static bool Matches(IReadOnlyList<Token> t, int start, int last, string[] words, bool lower = false)
    {
        if (start < 0 || start + words.Length - 1 > last || start + words.Length > t.Count) return false;
        for (var k = 0; k < words.Length; k++)
        {
            var text = lower ? t[start + k].Lower : t[start + k].Text;
            if (!string.Equals(text, words[k], lower ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)) return false;
            if (!lower && !char.IsUpper(t[start + k].Text[0]) && char.IsUpper(words[k][0])) return false;
        }
        return true;
    }
}
