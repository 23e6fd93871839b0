using System.Globalization;

namespace Timeline.Export;

/// <summary>Writes timeline or statement rows as CSV (RFC 4180) for spreadsheets and pandas: one row per item, lists
/// joined with "; ", dates as the original text plus precision and the sortable bounds.</summary>
public static class CsvTimelineWriter
{
    /// <summary>Columns of the timeline CSV.</summary>
    public static readonly IReadOnlyList<string> TimelineHeader =
        ["kind", "id", "type", "title", "text", "date", "precision", "earliest", "latest", "participants", "speaker_id", "speaker", "about", "sources", "excerpts"];

    /// <summary>Columns of the statements CSV.</summary>
    public static readonly IReadOnlyList<string> StatementsHeader =
        ["id", "date", "precision", "earliest", "latest", "speaker_id", "speaker", "verbatim", "text", "about", "sources", "excerpts"];

    /// <summary>Writes the timeline CSV (events and statements).</summary>
    public static Task WriteTimelineAsync(TextWriter writer, IEnumerable<TimelineExportRow> rows, CancellationToken ct = default) =>
        CsvText.WriteAsync(writer, TimelineHeader, rows.Select(r => (IReadOnlyList<string?>)
    [
        r.Kind, r.Id, r.Type, r.Title, r.Text,
        r.Date?.Text, r.Date?.Precision.ToString().ToUpperInvariant(), r.Date?.EarliestKey, r.Date?.LatestKey,
        string.Join("; ", r.Participants.Select(p => $"{p.Role}: {p.Name} ({p.Id})")),
        r.Speaker?.Id, r.Speaker?.Name,
        string.Join("; ", r.About.Select(a => $"{a.Name} ({a.Id})")),
        Sources(r), Excerpts(r),
    ]), ct);

    /// <summary>Writes the statements CSV.</summary>
    public static Task WriteStatementsAsync(TextWriter writer, IEnumerable<TimelineExportRow> rows, CancellationToken ct = default) =>
        CsvText.WriteAsync(writer, StatementsHeader, rows.Select(r => (IReadOnlyList<string?>)
    [
        r.Id, r.Date?.Text, r.Date?.Precision.ToString().ToUpperInvariant(), r.Date?.EarliestKey, r.Date?.LatestKey,
        r.Speaker?.Id, r.Speaker?.Name, r.Verbatim is { } v ? v.ToString(CultureInfo.InvariantCulture).ToLowerInvariant() : null, r.Text,
        string.Join("; ", r.About.Select(a => $"{a.Name} ({a.Id})")),
        Sources(r), Excerpts(r),
    ]), ct);

    private static string Sources(TimelineExportRow r) =>
        string.Join("; ", r.Sources.Select(s => s.Published is null ? $"{s.Title ?? s.Id} ({s.Id})" : $"{s.Title ?? s.Id} ({s.Id}, {s.Published})"));

    private static string Excerpts(TimelineExportRow r) =>
        string.Join(" | ", r.Sources.Select(s => s.Excerpt).Where(e => !string.IsNullOrEmpty(e)));
}
