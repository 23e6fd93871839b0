using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Analysis;

namespace Timeline.Client;

/// <summary>One note of a draft: how sure the drafter is of the item at <see cref="Path"/>, and why.</summary>
public sealed record DraftNote(string Path, double Confidence, string Message);

/// <summary>A draft (<c>draftDocument</c>): an ingest document to review and edit, then to pass to
/// <see cref="TimelineClient.IngestAsync(JsonNode, CancellationToken)"/> as it is; and the drafter's notes.</summary>
/// <param name="Document">The ingest document; edit it in place before ingesting.</param>
/// <param name="Notes">One or more notes per item.</param>
public sealed record DraftResult(JsonObject Document, IReadOnlyList<DraftNote> Notes)
{
    /// <summary>The document as indented JSON, to read or to save as a file for <c>timeline ingest</c>.</summary>
    public string DocumentJson => Document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The draft for review, one row per statement, event and proposed entity: what it says, who, its date, how
    /// sure the drafter is and why. Rows keep document order, so a row's <c>path</c> finds its item to edit.</summary>
    public DataFrame ToDataFrame()
    {
        var rows = new List<(string Path, string Section, string Id, string What, string? Who, string? Date, double? Confidence, string? Note)>();
        string? Note(string path) => Notes.FirstOrDefault(n => n.Path == path)?.Message;
        double? Confidence(string path) => Notes.FirstOrDefault(n => n.Path == path)?.Confidence;
        void Add(string section, Func<JsonNode, (string What, string? Who)> describe)
        {
            if (Document[section] is not JsonArray items) return;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i]!;
                var path = $"$.{section}[{i}]";
                var (what, who) = describe(item);
                rows.Add((path, section, item["id"]?.GetValue<string>() ?? "", what, who, DateText(item["date"]), Confidence(path), Note(path)));
            }
        }
        Add("statements", s => (s["verbatim"]?.GetValue<bool>() == true ? $"“{s["text"]!.GetValue<string>()}”" : s["text"]!.GetValue<string>(),
            s["speaker"]?.GetValue<string>()));
        Add("events", e => ($"{e["type"]}: {e["title"]}",
            string.Join("; ", (e["participants"] as JsonArray ?? []).Select(p => $"{p!["role"]}={p["entity"]}"))));
        Add("entities", e => ($"{e["kind"]}: {e["name"]}{(e["named"]?.GetValue<bool>() == false ? " (unnamed)" : "")}", null));
        return new DataFrame(
            new StringDataFrameColumn("path", rows.Select(r => r.Path)),
            new StringDataFrameColumn("section", rows.Select(r => r.Section)),
            new StringDataFrameColumn("id", rows.Select(r => r.Id)),
            new StringDataFrameColumn("what", rows.Select(r => r.What)),
            new StringDataFrameColumn("who", rows.Select(r => r.Who)),
            new StringDataFrameColumn("date", rows.Select(r => r.Date)),
            new PrimitiveDataFrameColumn<double>("confidence", rows.Select(r => r.Confidence)),
            new StringDataFrameColumn("note", rows.Select(r => r.Note)));
    }

    private static string? DateText(JsonNode? date) => date switch
    {
        null => null,
        JsonObject range => $"{range["earliest"]}/{range["latest"]}",
        _ => date.GetValue<string>(),
    };
}
