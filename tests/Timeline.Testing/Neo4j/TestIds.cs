namespace Timeline.Testing.Neo4j;

/// <summary>Unique names so that tests running in parallel, or again on a server with leftovers, never see each other's data.</summary>
public static class TestIds
{
    /// <summary>A unique id such as <c>person:test-3f2a9c1b7d4e</c> (the prefix, then "test-" and 12 hex digits).</summary>
    public static string New(string prefix) => $"{prefix}test-{Guid.NewGuid():N}"[..(prefix.Length + 17)];

    /// <summary>A unique node label such as <c>T3f2a9c1b7d4e5a6b</c>: valid in Cypher without quoting, safe to splice where Cypher
    /// cannot take a parameter (labels, constraint DDL).</summary>
    public static string Label(string prefix = "T") => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 16)];
}
