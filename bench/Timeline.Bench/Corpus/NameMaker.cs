using System.Text;

namespace Timeline.Bench.Corpus;

/// <summary>Pronounceable made-up words, some with accents (so that search's accent folding is exercised).</summary>
internal static class NameMaker
{
    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "ch", "gr", "qu", "tr", "st"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "e", "o", "ia", "ue"];
    private static readonly string[] Codas = ["", "", "n", "r", "s", "l", "z", "nd"];
    private static readonly Dictionary<char, char> Accents = new() { ['a'] = 'á', ['e'] = 'é', ['i'] = 'í', ['o'] = 'ó', ['u'] = 'ú' };

    public static string Word(SplitMix64 rng, int minSyllables = 2, int maxSyllables = 3)
    {
        var b = new StringBuilder();
        var syllables = rng.Between(minSyllables, maxSyllables);
        for (var i = 0; i < syllables; i++)
            b.Append(rng.Pick(Onsets)).Append(rng.Pick(Vowels));
        b.Append(rng.Pick(Codas));
        b[0] = char.ToUpperInvariant(b[0]);
        return b.ToString();
    }

    /// <summary>The word with one vowel accented (about a fifth of the time), e.g. Rodriguez → Rodríguez.</summary>
    public static string MaybeAccent(SplitMix64 rng, string word)
    {
        if (!rng.Chance(0.2))
            return word;
        for (var i = word.Length - 2; i > 0; i--)
        {
            if (Accents.TryGetValue(word[i], out var accented))
                return word[..i] + accented + word[(i + 1)..];
        }
        return word;
    }

    public static string Slug(string text)
    {
        var b = new StringBuilder();
        foreach (var c in Timeline.Primitives.NameKey.Of(text))
            b.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return b.ToString().Trim('-');
    }
}
