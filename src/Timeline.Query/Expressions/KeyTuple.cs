namespace Timeline.Query.Expressions;

/// <summary>Lexicographic comparison of key tuples written out with scalar comparisons (list comparison is not the same
/// in every Cypher version).</summary>
public static class KeyTuple
{
    /// <summary><paramref name="left"/> &gt; <paramref name="right"/>.</summary>
    public static string After(IReadOnlyList<string> left, IReadOnlyList<string> right) => Compare(left, right, ">", 0);

    /// <summary><paramref name="left"/> &lt; <paramref name="right"/>.</summary>
    public static string Before(IReadOnlyList<string> left, IReadOnlyList<string> right) => Compare(left, right, "<", 0);

    private static string Compare(IReadOnlyList<string> left, IReadOnlyList<string> right, string op, int i)
    {
        var strict = $"{left[i]} {op} {right[i]}";
        if (i == left.Count - 1)
            return strict;
        return $"({strict} OR ({left[i]} = {right[i]} AND {Compare(left, right, op, i + 1)}))";
    }
}
