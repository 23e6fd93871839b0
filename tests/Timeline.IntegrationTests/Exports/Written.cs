using System.Text;
using Timeline.Export;

namespace Timeline.IntegrationTests.Exports;

/// <summary>What an export writes, read back as text (the exports write to streams).</summary>
internal static class Written
{
    public static async Task<string> TextAsync(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        await write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static Task<string> TextAsync(Func<TextWriter, Task> write) => TextAsync(stream => TextExport.WriteAsync(stream, write));
}
