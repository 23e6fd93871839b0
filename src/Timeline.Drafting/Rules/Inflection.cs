namespace Timeline.Drafting.Rules;

// Regular English verb forms, enough for the rules' lemmas: the irregular ones are listed in the rules themselves.
internal static class Inflection
{
    /// <summary>Past tense / past participle: seize → seized, deploy → deployed, free → freed, ban → banned is not
    /// attempted (list it as irregular).</summary>
    public static string Past(string lemma) =>
        lemma.EndsWith('e') ? lemma + "d"
        : lemma.EndsWith('y') && lemma.Length > 2 && !IsVowel(lemma[^2]) ? lemma[..^1] + "ied"
        : lemma + "ed";

    /// <summary>Third person singular present: say → says, detain → detains, impose → imposes.</summary>
    public static string ThirdPerson(string lemma) =>
        lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) ? lemma + "es"
        : lemma.EndsWith('y') && lemma.Length > 2 && !IsVowel(lemma[^2]) ? lemma[..^1] + "ies"
        : lemma + "s";

    /// <summary>Present participle: seize → seizing, meet → meeting.</summary>
    public static string Participle(string lemma) =>
        lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma + "ing"
        : lemma.EndsWith('e') ? lemma[..^1] + "ing"
        : lemma + "ing";

    /// <summary>The verb a noun of an event-type name comes from, when English makes it regular:
    /// Seizure → seize, Deployment → deploy, Abduction → abduct, Negotiation → negotiate, Meeting → meet.
    /// Null when there is no safe guess (Recognition, Detention: the rules name those verbs).</summary>
    public static string? VerbOfNoun(string noun)
    {
        var n = noun.ToLowerInvariant();
        if (n.EndsWith("ment", StringComparison.Ordinal) && n.Length > 7) return n[..^4];
        if (n.EndsWith("ure", StringComparison.Ordinal) && n.Length > 5) return n[..^3] + "e";
        if (n.EndsWith("ation", StringComparison.Ordinal) && n.Length > 7) return n[..^3] + "e";
        if (n.EndsWith("ction", StringComparison.Ordinal) && n.Length > 7) return n[..^3];
        if (n.EndsWith("ing", StringComparison.Ordinal) && n.Length > 5) return n[..^3];
        if (n.EndsWith("ion", StringComparison.Ordinal) || n.EndsWith('s')) return null;
        return n;
    }

    private static bool IsVowel(char c) => "aeiou".Contains(c);
}
