using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Core.Backup;

/// <summary>The layout of a backup directory (format version <see cref="Version"/>): <c>manifest.json</c> (what to replay, in
/// which order), <c>changes.jsonl</c> (every change record, oldest first, one JSON object a line) and one file per kept ingest
/// document, numbered in replay order (<c>000001-src_example.json</c>) and holding the document exactly as it was kept.
/// The manifest is written last: a directory without one is not a (finished) backup.</summary>
public static class BackupFormat
{
    /// <summary>The format this code writes and reads. A later format (e.g. one replaying corrections and merges) gets a
    /// higher number; a restore refuses a version it does not know rather than guess.</summary>
    public const int Version = 1;

    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>The change log's file name.</summary>
    public const string ChangesFile = "changes.jsonl";

    /// <summary>How manifest and change lines are written and read: camelCase, nulls left out, no escaping of non-ASCII text.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file name of the <paramref name="position"/>-th document (1-based) of <paramref name="sourceId"/>: the number
    /// keeps file order = replay order; the id is reduced to characters every file system takes.</summary>
    public static string DocumentFile(int position, string sourceId)
    {
        var safe = new StringBuilder(sourceId.Length);
        foreach (var c in sourceId.Take(80)) safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_');
        return $"{position:D6}-{safe}.json";
    }
}
