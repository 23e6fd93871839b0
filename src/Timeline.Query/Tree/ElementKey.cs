using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>Where a sort key is found in a projected element of a list of every element (<see cref="ListQuery"/>): under its
/// own hidden name, or — when the element already shows the value it sorts by (an event's participants by role and entity
/// id, when the request asks for both) — at that field, so that it is not sent twice. <paramref name="Missing"/> is what a
/// missing value sorts as (the key's coalesced default: only the empty text is taken from a shown field).</summary>
internal sealed record ElementKey(IReadOnlyList<string> Path, string? Missing)
{
    /// <summary>Where the element <paramref name="projection"/> holds <paramref name="key"/>: a field it shows, when it shows
    /// the property the key reads, else a hidden entry it adds for it.</summary>
    public static ElementKey Of(ProjectionNode projection, SortKey key)
    {
        if (key.Value is PropertyValue { DefaultLiteral: null or "''" } read && projection.PathTo(read.Subject, read.Property) is { } path)
            return new ElementKey(path, read.DefaultLiteral is null ? null : "");
        projection.AddHidden(key.Name, key.Value);
        return new ElementKey([key.Name], null);
    }

    /// <summary>The key of the element <paramref name="element"/> (a Cypher variable) as a Cypher expression.</summary>
    public string Write(string element)
    {
        var access = element + string.Concat(Path.Select(p => "." + CypherNames.Property(p)));
        return Missing is null ? access : $"coalesce({access}, {CypherLiteral(Missing)})";
    }

    /// <summary>The key of a decoded element (a map, its nested projections maps too).</summary>
    public object? Read(IReadOnlyDictionary<string, object?> element)
    {
        object? value = element;
        foreach (var key in Path)
            value = value is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(key) : null;
        return value ?? Missing;
    }

    private static string CypherLiteral(string text) => text.Length == 0 ? "''" : throw new InvalidOperationException("Only the empty text is a shown key's default.");
}
