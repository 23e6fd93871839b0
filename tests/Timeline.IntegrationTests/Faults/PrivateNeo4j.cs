using System.Diagnostics;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Faults;

/// <summary>A local Neo4j instance (<c>tools/neo4j-local --instance NAME</c>) owned by one test class of one test process:
/// named <c>&lt;purpose&gt;-&lt;pid&gt;</c> on free loopback ports, so that two test runs on one machine (developers' worktrees,
/// a CI check) never kill or count each other's server. Created on first use, uninstalled (data included) when the class
/// is done; instances left by test processes that died are removed on the next start. <paramref name="settings"/> are
/// environment variables for the script (e.g. <c>TIMELINE_NEO4J_TX_TIMEOUT</c>).</summary>
public abstract class PrivateNeo4j(string purpose, IReadOnlyDictionary<string, string>? settings = null) : IAsyncLifetime
{
    public string Instance { get; } = $"{purpose}-{Environment.ProcessId}";

    public Neo4jOptions Options { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await RemoveOrphansAsync();
        var http = FreePort();
        var bolt = FreePort(except: http);
        await RunScriptAsync("start", "--http-port", http.ToString(), "--bolt-port", bolt.ToString());
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

    public async Task DisposeAsync() => await RunScriptAsync("uninstall", allowFailure: true);

    private static int FreePort(int except = 0)
    {
        while (true)
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (port != except)
                return port;
        }
    }

    // Instances of this purpose whose test process is gone (killed mid-run) would otherwise stay, running or not.
    private async Task RemoveOrphansAsync()
    {
        var home = Environment.GetEnvironmentVariable("TIMELINE_NEO4J_HOME") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "timeline", "neo4j");
        if (!Directory.Exists(home))
            return;
        var prefix = purpose + "-";
        foreach (var dir in Directory.EnumerateDirectories(home, prefix + "*"))
        {
            var name = Path.GetFileName(dir);
            if (int.TryParse(name[prefix.Length..], out var pid) && pid != Environment.ProcessId && !IsAlive(pid))
                await RunScriptAsync(name, "uninstall", allowFailure: true);
        }
    }

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

    private Task<string> RunScriptAsync(string command, params string[] args) => RunScriptAsync(Instance, command, false, args);

    private Task<string> RunScriptAsync(string command, bool allowFailure) => RunScriptAsync(Instance, command, allowFailure);

    private Task<string> RunScriptAsync(string instance, string command, bool allowFailure) => RunScriptAsync(instance, command, allowFailure, []);

    private async Task<string> RunScriptAsync(string instance, string command, bool allowFailure, string[] args)
    {
        var script = Path.Combine(Neo4jLocalScript.RepositoryRoot(), "tools", "neo4j-local", "neo4j-local");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(command);
        start.ArgumentList.Add("--instance");
        start.ArgumentList.Add(instance);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // The instance keeps its own generated password; a developer's NEO4J_PASSWORD is for their default server.
        start.Environment.Remove("NEO4J_PASSWORD");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0 && !allowFailure)
            throw new InvalidOperationException($"neo4j-local {command} --instance {instance} failed ({process.ExitCode}):\n{await stderr}");
        return await stdout;
    }
}
