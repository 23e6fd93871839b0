using Timeline.Core.Ontology;
using Timeline.Neo4j;
using Timeline.Primitives;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Questions;
using P = Timeline.Core.Ontology.GraphProperties;

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
        var kind = Text(item, P.Kind)!;
        var isEvent = kind == GraphLabels.Event;
        return new TimelineExportRow(
            kind,
            Text(item, P.Id)!,
            isEvent ? Text(item, P.Type) ?? GraphLabels.Event : GraphLabels.Statement,
            isEvent ? Text(item, P.Title) : null,
            isEvent ? Text(item, P.Description) : Text(item, P.Text),
            isEvent ? null : item.GetValueOrDefault(P.Verbatim) as bool? ?? false,
            Text(item, DateLayout.EventDate.Text) is { } date ? PartialDate.Parse(date) : null,
            Maps(item, "participants")
                .Select(p => new ExportParticipant(Text(p, P.Role) ?? "", Text(p, P.Id)!, Text(p, P.Name) ?? Text(p, P.Id)!))
                .OrderBy(p => p.Role, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ToList(),
            item.GetValueOrDefault("speaker") is IReadOnlyDictionary<string, object?> s ? new ExportReference(Text(s, P.Id)!, Text(s, P.Name) ?? Text(s, P.Id)!) : null,
            Maps(item, "about")
                .Select(a => new ExportReference(Text(a, P.Id)!, Text(a, P.Name) ?? Text(a, P.Id)!))
                .OrderBy(a => a.Id, StringComparer.Ordinal).ToList(),
            Maps(item, "sources")
                .Select(s => new ExportSourceReference(Text(s, P.Id)!, Text(s, P.Title), Text(s, P.Published), Text(s, P.Excerpt)))
                .OrderBy(s => s.Id, StringComparer.Ordinal).ToList());
    }

    private static string? Text(IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string;

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Maps(IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) is IReadOnlyList<object?> list ? list.OfType<IReadOnlyDictionary<string, object?>>() : [];
}
