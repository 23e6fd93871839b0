using System.Text;

namespace Timeline.Export;

/// <summary>Text exports (CSV, Cypher) written to a stream as UTF-8 without a byte order mark, as they go.</summary>
public static class TextExport
{
    /// <summary>Runs <paramref name="write"/> on a UTF-8 writer over <paramref name="stream"/> (left open) and flushes it.</summary>
    public static async Task WriteAsync(Stream stream, Func<TextWriter, Task> write)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        await write(writer);
        await writer.FlushAsync();
    }
}
