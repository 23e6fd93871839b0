using System.Text;
using Timeline.Primitives;

namespace Timeline.Client;

/// <summary>The entities a search found, best match first (exact name, then alias, prefix, substring).</summary>
public sealed record SearchResult(string Text, IReadOnlyList<string>? Kinds, int First, IReadOnlyList<EntitySummary> Items)
{
    /// <summary>The same search as a Cypher query for Neo4j Browser, with the values written in.</summary>
    public string ToBrowserCypher()
    {
        var key = NameKey.Of(Text);
        var sb = new StringBuilder();
        sb.Append(CypherLiterals.Comment($"Entities whose name or alias contains \"{Text}\" (case and accents ignored), best match first."));
        sb.Append("WITH ").Append(CypherLiterals.String(key)).Append(" AS text\n");
        sb.Append("MATCH (entity:Entity)\n");
        sb.Append("WHERE any(key IN entity.searchKeys WHERE key CONTAINS text)");
        if (Kinds is { Count: > 0 })
            sb.Append(" AND (").Append(string.Join(" OR ", Kinds.Select(k => "entity:" + CypherLiterals.Name(k)))).Append(')');
        sb.Append('\n');
        sb.Append("WITH entity, CASE WHEN entity.nameKey = text THEN 0 WHEN text IN entity.searchKeys THEN 1 ");
        sb.Append("WHEN any(key IN entity.searchKeys WHERE key STARTS WITH text) THEN 2 ELSE 3 END AS rank\n");
        sb.Append("ORDER BY rank, coalesce(entity.nameKey, ''), entity.id\n");
        sb.Append("LIMIT ").Append(CypherLiterals.Int(First)).Append('\n');
        sb.Append("RETURN entity.id AS id, entity.name AS name, entity.kind AS kind, entity.aliases AS aliases\n");
        return sb.ToString();
    }
}
