using System.Text;
using Timeline.Export;

namespace Timeline.UnitTests.Exports;

/// <summary>What an export writes, read back as text (the exports write to streams).</summary>
internal static class Written
{
    public static string Text(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        write(stream).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Text(Func<TextWriter, Task> write) => Text(stream => TextExport.WriteAsync(stream, write));
}
