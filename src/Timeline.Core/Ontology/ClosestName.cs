namespace Timeline.Core.Ontology;

// "Did you mean" suggestions for misspelt names and ids in declarations and documents.
internal static class ClosestName
{
    // Typos are a few edits; a larger tolerance only suggests unrelated names and costs time on long ids.
    private const int MaxTolerance = 6;

    // The candidate nearest to name, if it is near enough to be a likely typo.
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        var a = name.ToLowerInvariant();
        var tolerance = Math.Min(MaxTolerance, Math.Max(2, name.Length / 3));
        string? best = null;
        var bestDistance = tolerance + 1;
        foreach (var candidate in candidates)
        {
            var b = candidate.ToLowerInvariant();
            // A case-only difference is the most likely mistake, so it wins outright.
            if (a == b)
                return candidate;
            // A long form of a short name ('integer' for 'int') is as likely as a typo.
            var d = Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
                ? 1
                : Distance(a, b, bestDistance - 1);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    // "unknown kind 'Persn'. Did you mean 'Person'? Allowed: Person, Place." — one wording everywhere.
    public static string Unknown(string what, string name, IReadOnlyCollection<string> allowed, string? owner = null)
    {
        var hint = Find(name, allowed) is { } match ? $" Did you mean '{match}'?" : "";
        var list = allowed.Count == 0 ? "none are declared" : string.Join(", ", allowed);
        var of = owner is null ? "" : $" of {owner}";
        return $"unknown {what} '{name}'{of}.{hint} Allowed: {list}.";
    }

    // Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, the commonest typo),
    // or limit + 1 as soon as it must exceed limit.
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = Math.Min(d, before[j - 2] + 1);
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > limit)
                return limit + 1;
            (before, previous, current) = (previous, current, before);
        }
        return previous[b.Length];
    }
}
