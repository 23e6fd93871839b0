namespace Timeline.Core.Ontology;

/// <summary>"Did you mean" suggestions for misspelt names in declarations and documents.</summary>
internal static class ClosestName
{
    /// <summary>The candidate nearest to <paramref name="name"/>, if it is near enough to be a likely typo.</summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // A case-only difference is the most likely mistake, so it wins outright.
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
                return candidate;
            var a = name.ToLowerInvariant();
            var b = candidate.ToLowerInvariant();
            // A long form of a short name ('integer' for 'int') is as likely as a typo.
            var d = Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
                ? 1
                : Distance(a, b);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }
        var tolerance = Math.Max(2, name.Length / 3);
        return bestDistance <= tolerance ? best : null;
    }

    /// <summary>"unknown kind 'Persn'. Did you mean 'Person'? Allowed: Person, Place." — one wording everywhere.</summary>
    public static string Unknown(string what, string name, IReadOnlyCollection<string> allowed, string? owner = null)
    {
        var hint = Find(name, allowed) is { } match ? $" Did you mean '{match}'?" : "";
        var list = allowed.Count == 0 ? "none are declared" : string.Join(", ", allowed);
        var of = owner is null ? "" : $" of {owner}";
        return $"unknown {what} '{name}'{of}.{hint} Allowed: {list}.";
    }

    // Optimal-string-alignment distance: Levenshtein plus adjacent transpositions, the commonest typo.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
