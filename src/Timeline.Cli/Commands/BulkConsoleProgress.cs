using System.Diagnostics;
using System.Globalization;

namespace Timeline.Cli.Commands;

/// <summary>A bulk load's progress on standard error (what the command prints on standard output stays parseable), a line per
/// batch: documents done of the total, documents per second since the start, and the time left at that rate.</summary>
internal sealed class BulkConsoleProgress(int total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public void Report(int done)
    {
        var seconds = _clock.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? done / seconds : 0;
        var eta = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : (TimeSpan?)null;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  bulk: {done}/{total} document(s), {rate:F1} documents/s, ETA {(eta is { } left ? left.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : "unknown")}"));
    }
}
