using System.Diagnostics;
using Timeline.Neo4j;
using Xunit;

namespace Timeline.Testing.Neo4j;

/// <summary>A local Neo4j instance (<c>tools/neo4j-local --instance NAME</c>) owned by one test class of one test process:
/// named <c>&lt;purpose&gt;-&lt;pid&gt;</c>, so that two test runs on one machine (developers' worktrees, a CI check) never kill
/// or count each other's server. neo4j-local gives it free ports and, should another process take one before Neo4j binds
/// it, starts it again on others. Created (empty) on first use, uninstalled (data included) when the class is done;
/// instances left by test processes that died are removed on the next start. <paramref name="settings"/> are environment
/// variables for the script (e.g. <c>TIMELINE_NEO4J_TX_TIMEOUT</c>).</summary>
public abstract class PrivateNeo4j(string purpose, IReadOnlyDictionary<string, string>? settings = null) : IAsyncLifetime
{
    /// <summary>The neo4j-local instance name.</summary>
    public string Instance { get; } = $"{purpose}-{Environment.ProcessId}";

    /// <summary>Connection options (short connect timeout: the fault tests stop this server on purpose).</summary>
    public Neo4jOptions Options { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await RemoveOrphansAsync();
        var options = await Neo4jLocalScript.EnvAsync(Instance, settings);
        options.ConnectTimeout = TimeSpan.FromSeconds(2);
        options.RequestTimeout = Neo4jTestServer.RequestTimeout;
        Options = options;
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Neo4jLocalScript.RunAsync(Instance, "uninstall", environment: settings, allowFailure: true);

    /// <summary>A new client for this server.</summary>
    public Neo4jClient CreateClient() => new(Options);

    /// <summary>Deletes every node, constraint and index (<c>neo4j-local empty</c>): the server is as new.</summary>
    public Task EmptyAsync() => Neo4jLocalScript.RunAsync(Instance, "empty", environment: settings);

    /// <summary>The server's process id (ask before the moment to kill comes: asking takes a script run).</summary>
    public async Task<int> PidAsync()
    {
        var status = await Neo4jLocalScript.RunAsync(Instance, "status", environment: settings, allowFailure: true);
        var pid = status.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("pid:", StringComparison.Ordinal))?[4..].Trim();
        return int.TryParse(pid, out var id) ? id : throw new InvalidOperationException($"Instance '{Instance}' has no pid:\n" + status);
    }

    /// <summary>Kills the server process with SIGKILL, as a crash or an OOM killer would: no shutdown, no flush. Returns when
    /// the process is gone, so that the next start does not find it running.</summary>
    public async Task KillAsync(int? knownPid = null)
    {
        var id = knownPid ?? await PidAsync();
        using var process = Process.GetProcessById(id);
        process.Kill();
        await Eventually.TrueAsync(() => Task.FromResult(!IsAlive(id)), $"Neo4j process {id} to exit after SIGKILL");
    }

    /// <summary>Starts the server again (after <see cref="KillAsync"/>): store recovery discards what was not committed.</summary>
    public Task StartAsync() => Neo4jLocalScript.RunAsync(Instance, "start", environment: settings);

    // Instances of this purpose whose test process is gone (killed mid-run) would otherwise stay, running or not.
    private async Task RemoveOrphansAsync()
    {
        var home = Neo4jLocalScript.Home;
        if (!Directory.Exists(home))
            return;
        var prefix = purpose + "-";
        foreach (var dir in Directory.EnumerateDirectories(home, prefix + "*"))
        {
            var name = Path.GetFileName(dir);
            if (int.TryParse(name[prefix.Length..], out var pid) && pid != Environment.ProcessId && !IsAlive(pid))
                await Neo4jLocalScript.RunAsync(name, "uninstall", allowFailure: true);
        }
    }

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
}
