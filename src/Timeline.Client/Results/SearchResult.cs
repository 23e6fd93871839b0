namespace Timeline.Client;

/// <summary>The entities a search found, best match first (exact name, then alias, prefix, substring).</summary>
public sealed record SearchResult(string Text, IReadOnlyList<string>? Kinds, int First, IReadOnlyList<EntitySummary> Items)
{
    internal string? BrowserText { get; init; }

    /// <summary>The same search as a Cypher query for Neo4j Browser, with the values written in: the text the service
    /// wrote from the query it ran.</summary>
    /// <exception cref="InvalidOperationException">The result was not made by <see cref="TimelineClient"/>.</exception>
    public string ToBrowserCypher() => BrowserCypherText.Of(BrowserText);
}
