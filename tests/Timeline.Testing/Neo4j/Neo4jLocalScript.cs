using System.Diagnostics;
using Timeline.Neo4j;

namespace Timeline.Testing.Neo4j;

/// <summary>Runs <c>tools/neo4j-local/neo4j-local env</c>, which installs (first time) and starts the local Neo4j 3.1.1 and
/// prints <c>NEO4J_URI=…</c>, <c>NEO4J_USER=…</c>, <c>NEO4J_PASSWORD=…</c> on stdout.</summary>
public static class Neo4jLocalScript
{
    // A first run installs a JRE and unpacks Neo4j; later runs only check that the server answers.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Ensures the local server runs and returns options for it.</summary>
    public static async Task<Neo4jOptions> EnvAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "tools", "neo4j-local", "neo4j-local");
        if (!File.Exists(script))
            throw new InvalidOperationException($"No NEO4J_URI, no Docker engine, and no {script}: cannot provide a Neo4j server for tests.");

        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("env");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {script}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{script} env did not finish within {Timeout.TotalMinutes} minutes. stderr:\n{await stderr.ConfigureAwait(false)}");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{script} env failed with exit code {process.ExitCode}. stderr:\n{await stderr.ConfigureAwait(false)}");

        var values = (await stdout.ConfigureAwait(false))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        if (!values.TryGetValue("NEO4J_URI", out var uri))
            throw new InvalidOperationException($"{script} env printed no NEO4J_URI line. stderr:\n{await stderr.ConfigureAwait(false)}");
        return new Neo4jOptions
        {
            Uri = new Uri(uri),
            User = values.GetValueOrDefault("NEO4J_USER", "neo4j"),
            Password = values.GetValueOrDefault("NEO4J_PASSWORD", ""),
        };
    }

    /// <summary>The repository root: the nearest directory upwards from the test binaries that holds Timeline.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No Timeline.sln above {AppContext.BaseDirectory}.");
    }
}
