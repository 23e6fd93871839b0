using System.Diagnostics;
using Timeline.Neo4j;

namespace Timeline.Bench.Infrastructure;

/// <summary>Restarts the bench's Neo4j server between a scale's writes and its reads (<c>--restart-neo4j COMMAND</c>), so that
/// every scale's reads run on a server in the same state: its writes flushed, a fresh JVM, warmed by the reads' own warm-up
/// rounds. Without it a large load leaves dirty pages that the next checkpoint (every 5 minutes on Neo4j 3.1) flushes during
/// whichever request the bench is timing then (bench/README.md, "Reads after a restart").</summary>
internal static class Neo4jRestart
{
    public static async Task RunAsync(string command, Neo4jClient client, Action<string> log)
    {
        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(new ProcessStartInfo("/bin/bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"Could not start '{command}'.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Restarting Neo4j ('{command}') exited with {process.ExitCode}: {await errors}{await output}");
        // The server answered its start-up check; this client's pooled connections were to the old process.
        await client.VerifyConnectivityAsync();
        log($"Neo4j restarted in {Stopwatch.GetElapsedTime(start).TotalSeconds:F1} s");
    }
}
