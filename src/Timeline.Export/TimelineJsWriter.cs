using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Primitives;

namespace Timeline.Export;

/// <summary>Writes timeline rows in Knight Lab's TimelineJS JSON format: <c>{ "title"?, "events": [ { start_date,
/// end_date?, display_date?, text: {headline, text}, group, unique_id } ] }</c>. Dates keep their real precision; a range
/// becomes start_date (its earliest bound) and end_date (its latest bound). Undated items cannot be placed on a
/// TimelineJS timeline and are left out. Texts are HTML (TimelineJS renders them), so values are HTML-escaped.</summary>
public static class TimelineJsWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the TimelineJS JSON to <paramref name="stream"/>, slide by slide; <paramref name="headline"/> makes a
    /// title slide.</summary>
    public static async Task WriteAsync(Stream stream, IEnumerable<TimelineExportRow> rows, string? headline = null, CancellationToken ct = default)
    {
        await using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            if (headline is not null)
            {
                json.WritePropertyName("title");
                new JsonObject { ["text"] = new JsonObject { ["headline"] = Html(headline), ["text"] = "" } }.WriteTo(json);
            }
            json.WriteStartArray("events");
            foreach (var row in rows.Where(r => r.Date is not null))
            {
                Event(row, row.Date!).WriteTo(json);
                await json.FlushAsync(ct);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(ct);
        }
        await stream.WriteAsync("\n"u8.ToArray(), ct);
        await stream.FlushAsync(ct);
    }

    private static JsonObject Event(TimelineExportRow row, PartialDate date)
    {
        var slide = new JsonObject();
        if (date.Precision == DatePrecision.Range)
        {
            slide["start_date"] = TimelineJsDate.Of(date.RangeEarliest!);
            slide["end_date"] = TimelineJsDate.Of(date.RangeLatest!);
            slide["display_date"] = TimelineJsDate.Display(date);
        }
        else
        {
            slide["start_date"] = TimelineJsDate.Of(date);
        }
        slide["text"] = new JsonObject { ["headline"] = Html(Headline(row)), ["text"] = Body(row) };
        slide["group"] = row.Type;
        slide["unique_id"] = row.Id;
        return slide;
    }

    private static string Headline(TimelineExportRow row) =>
        row.IsEvent ? row.Title ?? row.Id : $"{row.Speaker?.Name ?? "Unknown speaker"}{(row.Verbatim == true ? " (quote)" : "")}";

    private static string Body(TimelineExportRow row)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(row.Text))
            sb.Append("<p>").Append(!row.IsEvent && row.Verbatim == true ? "“" + Html(row.Text) + "”" : Html(row.Text)).Append("</p>");
        if (row.Participants.Count > 0)
            sb.Append("<p>").Append(string.Join("; ", row.Participants.Select(p => $"{Html(p.Role)}: {Html(p.Name)}"))).Append("</p>");
        if (row.About.Count > 0)
            sb.Append("<p>About: ").Append(string.Join("; ", row.About.Select(a => Html(a.Name)))).Append("</p>");
        foreach (var source in row.Sources)
        {
            sb.Append("<p><small>Reported in ").Append(Html(source.Title ?? source.Id));
            if (source.Published is not null) sb.Append(" (").Append(Html(source.Published)).Append(')');
            if (!string.IsNullOrEmpty(source.Excerpt)) sb.Append(": “").Append(Html(source.Excerpt)).Append('”');
            sb.Append("</small></p>");
        }
        return sb.ToString();
    }

    /// <summary>Escapes only what HTML needs (&amp; &lt; &gt; &quot;), keeping accented letters readable in the JSON.</summary>
    private static string Html(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
