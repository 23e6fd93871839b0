using System.Diagnostics;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Faults;

/// <summary>A local Neo4j instance (<c>tools/neo4j-local --instance NAME</c>) owned by one test class: started on first use,
/// stopped when the class is done.</summary>
public abstract class PrivateNeo4j(string instance, int httpPort, int boltPort) : IAsyncLifetime
{
    public string Instance => instance;
    private int HttpPort => httpPort;
    private int BoltPort => boltPort;

    public Neo4jOptions Options { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await RunScriptAsync("start", "--http-port", HttpPort.ToString(), "--bolt-port", BoltPort.ToString());
        var env = await RunScriptAsync("env");
        var values = env.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        Options = new Neo4jOptions
        {
            Uri = new Uri(values["NEO4J_URI"]),
            User = values.GetValueOrDefault("NEO4J_USER", "neo4j"),
            Password = values.GetValueOrDefault("NEO4J_PASSWORD", ""),
            ConnectTimeout = TimeSpan.FromSeconds(2),
            RequestTimeout = TimeSpan.FromSeconds(60),
        };
    }

    public async Task DisposeAsync() => await RunScriptAsync("stop");

    /// <summary>A new client for this server.</summary>
    public Neo4jClient CreateClient() => new(Options);

    /// <summary>The server's process id (ask before the moment to kill comes: asking takes a script run).</summary>
    public async Task<int> PidAsync()
    {
        var status = await RunScriptAsync("status", allowFailure: true);
        var pid = status.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("pid:", StringComparison.Ordinal))?[4..].Trim();
        return int.TryParse(pid, out var id) ? id : throw new InvalidOperationException($"Instance '{Instance}' has no pid:\n" + status);
    }

    /// <summary>Kills the server process with SIGKILL, as a crash or an OOM killer would: no shutdown, no flush.</summary>
    public async Task KillAsync(int? knownPid = null)
    {
        var id = knownPid ?? await PidAsync();
        Process.GetProcessById(id).Kill();
        // Wait until the process is really gone, so that the next start does not see it running.
        for (var i = 0; i < 100 && IsAlive(id); i++)
            await Task.Delay(100);
    }

    /// <summary>Starts the server again (after <see cref="KillAsync"/>): store recovery discards what was not committed.</summary>
    public Task StartAsync() => RunScriptAsync("start");

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task<string> RunScriptAsync(string command, params string[] args) => await RunScriptAsync(command, false, args);

    private async Task<string> RunScriptAsync(string command, bool allowFailure, params string[] args)
    {
        var script = Path.Combine(Neo4jLocalScript.RepositoryRoot(), "tools", "neo4j-local", "neo4j-local");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(command);
        start.ArgumentList.Add("--instance");
        start.ArgumentList.Add(Instance);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // The instance keeps its own generated password; a developer's NEO4J_PASSWORD is for their default server.
        start.Environment.Remove("NEO4J_PASSWORD");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0 && !allowFailure)
            throw new InvalidOperationException($"neo4j-local {command} --instance {Instance} failed ({process.ExitCode}):\n{await stderr}");
        return await stdout;
    }
}
