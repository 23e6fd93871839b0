using Timeline.Primitives;
using Timeline.Neo4j;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Questions;

namespace Timeline.Export;

/// <summary>Reads the events and statements that the CSV and TimelineJS exports write, in timeline order: the same
/// <see cref="TimelineQuestion"/> and <see cref="StatementsQuestion"/> the API answers (same anchors, index seeks, filters
/// and order), the whole answer rather than a page, with <see cref="ExportItem"/> as the projection. One Cypher read each.</summary>
public sealed class TimelineExportReader(Neo4jClient client)
{
    /// <summary>The timeline items, ordered by (earliest, latest, id), undated last.</summary>
    /// <exception cref="NodeNotFoundException">An id in <see cref="TimelineArguments.Involving"/> names nothing.</exception>
    public Task<IReadOnlyList<TimelineExportRow>> TimelineAsync(TimelineArguments arguments, CancellationToken ct = default) =>
        ReadAsync(TimelineQuestion.Instance.Build(arguments with { Page = null }), ct);

    /// <summary>The statements, ordered by (earliest, latest, id), undated last.</summary>
    /// <exception cref="NodeNotFoundException">The speaker or subject id names nothing.</exception>
    public Task<IReadOnlyList<TimelineExportRow>> StatementsAsync(StatementsArguments arguments, CancellationToken ct = default) =>
        ReadAsync(StatementsQuestion.Instance.Build(arguments with { Page = null }), ct);

    /// <summary>The statement an export of <paramref name="query"/> sends.</summary>
    internal static CompiledQuery Statement(ReadQuery query) => query.Statement(ExportItem.Of(query.Item));

    private async Task<IReadOnlyList<TimelineExportRow>> ReadAsync(ReadQuery query, CancellationToken ct)
    {
        var statement = Statement(query);
        var result = await client.RunAsync(statement.Text, statement.Parameters, ct);
        Answers.CheckAnchors(result, query.Anchors);
        return Answers.Items(result).Select(Row).ToList();
    }

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
