namespace Timeline.Core.Curation;

/// <summary>Reading a node's or relationship's properties as Neo4j gave them back (lists arrive as lists of objects).</summary>
internal static class StoredProperties
{
    /// <summary>The string list property <paramref name="name"/> (empty when absent), as a new list the caller may extend.</summary>
    public static List<string> Strings(IReadOnlyDictionary<string, object?> props, string name) =>
        props.GetValueOrDefault(name) is IEnumerable<object?> list ? [.. list.OfType<string>()] : [];
}
