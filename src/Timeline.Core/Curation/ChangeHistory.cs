using System.Text;
using Timeline.Neo4j;
using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Curation;

/// <summary>Reads <c>history(id)</c>: every recorded change that touched a node or relation, oldest first, one page at a
/// time. The cursor is opaque (the last change's time and id).</summary>
public sealed class ChangeHistory(Neo4jClient client)
{
    /// <summary>Most changes one page may hold.</summary>
    public const int MaxPageSize = 500;

    private static readonly string PageCypher = $$"""
        MATCH (c:{{L.Change}})
        WHERE $id IN c.{{P.Targets}}
          AND ($afterAt IS NULL OR c.{{P.At}} > $afterAt OR (c.{{P.At}} = $afterAt AND c.{{P.Id}} > $afterId))
        RETURN {{ChangeLog.Columns("c")}}
        ORDER BY at, id
        LIMIT $limit
        """;

    private static readonly string CountCypher = $"MATCH (c:{L.Change}) WHERE $id IN c.{P.Targets} RETURN count(c) AS total";

    /// <summary>One page of <paramref name="id"/>'s history; <paramref name="after"/> is a cursor from an earlier page.</summary>
    /// <exception cref="ArgumentException">The cursor is not one this service wrote.</exception>
    public async Task<ChangePage> ReadAsync(string id, int first, string? after, CancellationToken ct = default)
    {
        var (afterAt, afterId) = after is null ? (null, null) : Decode(after);
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = id, ["afterAt"] = afterAt, ["afterId"] = afterId, ["limit"] = first + 1,
        };
        var results = await client.RunAsync([new Statement(PageCypher, parameters), new Statement(CountCypher, parameters)], ct);
        var changes = results[0].Records.Select(ChangeLog.Read).ToList();
        var page = changes.Take(first).ToList();
        return new ChangePage(page, changes.Count > first, after is not null, page.Count == 0 ? null : Encode(page[0]),
            page.Count == 0 ? null : Encode(page[^1]), results[1].Records[0].Get<int>("total"));
    }

    private static string Encode(ChangeRecord change) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"change|{change.At}|{change.Id}"));

    private static (string At, string Id) Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|');
            if (parts is ["change", var at, var id]) return (at, id);
        }
        catch (FormatException)
        {
        }
        throw new ArgumentException($"'{cursor}' is not a history cursor; pass the endCursor of an earlier page.");
    }
}

/// <summary>One page of a history.</summary>
public sealed record ChangePage(IReadOnlyList<ChangeRecord> Changes, bool HasNextPage, bool HasPreviousPage, string? StartCursor,
    string? EndCursor, int TotalCount);
