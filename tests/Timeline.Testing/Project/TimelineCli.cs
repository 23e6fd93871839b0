using System.Diagnostics;
using Timeline.Neo4j;

namespace Timeline.Testing.Project;

/// <summary>Runs the real <c>timeline</c> CLI (built beside the tests) as a separate process against a server.</summary>
public static class TimelineCli
{
    /// <summary>What a CLI run printed and returned.</summary>
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs <c>timeline &lt;args&gt;</c> with the server's connection in its environment.</summary>
    public static async Task<Run> RunAsync(Neo4jOptions server, params string[] args)
    {
        var dll = System.IO.Path.Combine(AppContext.BaseDirectory, "timeline.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("The timeline CLI is not built beside the tests.", dll);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NEO4J_URI"] = server.Uri.ToString();
        start.Environment["NEO4J_USER"] = server.User;
        start.Environment["NEO4J_PASSWORD"] = server.Password;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Only bounds a hang: a busy machine may take minutes to start and run the CLI.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"timeline {string.Join(' ', args)} did not finish within 10 minutes.");
        }
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
