using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Timeline.Drafting;

/// <summary>The file a draft is written to: <c>{"document": …, "notes": [{"path", "confidence", "message"}]}</c>.
/// <c>timeline ingest</c> accepts this file as it is (it ingests the <c>document</c> and ignores the notes), so the
/// analyst's workflow is <c>timeline draft a.txt … &gt; a.json</c>, edit, <c>timeline ingest a.json</c>.</summary>
public static class DraftEnvelope
{
    /// <summary>The JSON path prefix of the document inside an envelope, for error messages.</summary>
    public const string DocumentPath = "$.document";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Curly quotes, accents and apostrophes stay readable in the file the analyst edits.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The envelope of <paramref name="draft"/> as a JSON object.</summary>
    public static JsonObject ToJson(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var notes = new JsonArray();
        foreach (var note in draft.Notes)
            notes.Add(new JsonObject { ["path"] = note.Path, ["confidence"] = note.Confidence, ["message"] = note.Message });
        return new JsonObject { ["document"] = draft.Document.DeepClone(), ["notes"] = notes };
    }

    /// <summary>The envelope as indented UTF-8 text, as <c>timeline draft</c> prints it.</summary>
    public static string Write(Draft draft) => ToJson(draft).ToJsonString(Indented);

    /// <summary>When <paramref name="utf8Json"/> is a draft envelope (an object whose only fields are <c>document</c> and
    /// <c>notes</c>), its document's UTF-8 JSON and the number of notes; otherwise false and the input is left to the
    /// validator as it is.</summary>
    public static bool TryUnwrap(ReadOnlySpan<byte> utf8Json, out byte[] document, out int noteCount)
    {
        document = [];
        noteCount = 0;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8Json.ToArray(), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException)
        {
            return false; // the validator reports malformed JSON with its position
        }
        if (root is not JsonObject obj || !obj.ContainsKey("document") || obj.Any(p => p.Key is not ("document" or "notes")))
            return false;
        if (obj["document"] is not JsonObject inner)
            return false;
        noteCount = obj["notes"] is JsonArray notes ? notes.Count : 0;
        document = JsonSerializer.SerializeToUtf8Bytes(inner);
        return true;
    }

    /// <summary>An error path of the unwrapped document as a path in the envelope (<c>$.entities[0]</c> → <c>$.document.entities[0]</c>).</summary>
    public static string PathInEnvelope(string documentPath) =>
        documentPath == "$" ? DocumentPath : documentPath.StartsWith("$.", StringComparison.Ordinal) || documentPath.StartsWith("$[", StringComparison.Ordinal)
            ? DocumentPath + documentPath[1..]
            : documentPath;
}
