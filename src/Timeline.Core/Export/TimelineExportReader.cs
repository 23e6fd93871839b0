using Timeline.Primitives;
using Timeline.Neo4j;

namespace Timeline.Core.Export;

/// <summary>Reads the events and statements that the CSV and TimelineJS exports write, in timeline order, with one
/// Cypher read each.</summary>
public sealed class TimelineExportReader(Neo4jClient client)
{
    /// <summary>The timeline items matching <paramref name="filter"/>, ordered by (earliest, latest, id), undated last.</summary>
    /// <exception cref="ExportNotFoundException">An id in <see cref="TimelineExportFilter.Involving"/> names no entity.</exception>
    public async Task<IReadOnlyList<TimelineExportRow>> TimelineAsync(TimelineExportFilter filter, CancellationToken ct = default)
    {
        var involving = (filter.Involving ?? []).Distinct(StringComparer.Ordinal).ToList();
        var result = await client.RunAsync(TimelineExportCypher.Timeline, new Dictionary<string, object?>
        {
            ["involving"] = involving,
            ["windowStart"] = filter.From?.EarliestKey,
            ["windowEnd"] = filter.To?.LatestKey,
            ["types"] = filter.Types is { Count: > 0 } types ? types.ToList() : null,
        }, ct);
        ThrowIfMissing(result, involving.Select(id => ("involving", id)));
        return Rows(result);
    }

    /// <summary>The statements matching <paramref name="filter"/>, ordered by (earliest, latest, id), undated last.</summary>
    /// <exception cref="ExportNotFoundException">The speaker or subject id names nothing.</exception>
    public async Task<IReadOnlyList<TimelineExportRow>> StatementsAsync(StatementExportFilter filter, CancellationToken ct = default)
    {
        var result = await client.RunAsync(TimelineExportCypher.Statements, new Dictionary<string, object?>
        {
            ["speaker"] = filter.Speaker,
            ["about"] = filter.About,
            ["windowStart"] = filter.From?.EarliestKey,
            ["windowEnd"] = filter.To?.LatestKey,
        }, ct);
        var asked = new List<(string, string)>();
        if (filter.Speaker is not null) asked.Add(("speaker", filter.Speaker));
        if (filter.About is not null) asked.Add(("about", filter.About));
        ThrowIfMissing(result, asked);
        return Rows(result);
    }

    private static void ThrowIfMissing(QueryResult result, IEnumerable<(string Argument, string Id)> asked)
    {
        var found = result.Records.Count == 0
            ? []
            : result.Records[0].Get<IReadOnlyList<object?>>("found").OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = asked.Where(a => !found.Contains(a.Id)).ToList();
        if (missing.Count > 0)
            throw new ExportNotFoundException(string.Join("; ", missing.Select(m => $"No node with id '{m.Id}' (argument '{m.Argument}').")));
    }

    private static List<TimelineExportRow> Rows(QueryResult result) => result.Records
        .SelectMany(r => r.Get<IReadOnlyList<object?>>("items"))
        .OfType<IReadOnlyDictionary<string, object?>>()
        .Select(Row)
        .ToList();

    private static TimelineExportRow Row(IReadOnlyDictionary<string, object?> item)
    {
        var kind = Text(item, "kind")!;
        var isEvent = kind == "Event";
        return new TimelineExportRow(
            kind,
            Text(item, "id")!,
            isEvent ? Text(item, "type") ?? "Event" : "Statement",
            isEvent ? Text(item, "title") : null,
            isEvent ? Text(item, "description") : Text(item, "text"),
            isEvent ? null : item.GetValueOrDefault("verbatim") as bool? ?? false,
            Text(item, "date") is { } date ? PartialDate.Parse(date) : null,
            Maps(item, "participants")
                .Select(p => new ExportParticipant(Text(p, "role") ?? "", Text(p, "id")!, Text(p, "name") ?? Text(p, "id")!))
                .OrderBy(p => p.Role, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ToList(),
            item.GetValueOrDefault("speaker") is IReadOnlyDictionary<string, object?> s ? new ExportReference(Text(s, "id")!, Text(s, "name") ?? Text(s, "id")!) : null,
            Maps(item, "about")
                .Select(a => new ExportReference(Text(a, "id")!, Text(a, "name") ?? Text(a, "id")!))
                .OrderBy(a => a.Id, StringComparer.Ordinal).ToList(),
            Maps(item, "sources")
                .Select(s => new ExportSourceReference(Text(s, "id")!, Text(s, "title"), Text(s, "published"), Text(s, "excerpt")))
                .OrderBy(s => s.Id, StringComparer.Ordinal).ToList());
    }

    private static string? Text(IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string;

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Maps(IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) is IReadOnlyList<object?> list ? list.OfType<IReadOnlyDictionary<string, object?>>() : [];
}
