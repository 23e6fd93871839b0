using System.Diagnostics;
using Timeline.Neo4j;

namespace Timeline.Testing.Neo4j;

/// <summary>Runs <c>tools/neo4j-local/neo4j-local</c>, which installs (first time), starts and reports local Neo4j 3.1.1
/// instances. The tests' own server is the instance <see cref="TestInstance"/>, never <c>default</c> (the analyst's graph,
/// served by <c>scripts/run</c>).</summary>
public static class Neo4jLocalScript
{
    /// <summary>The instance the tests use when neither <c>NEO4J_URI</c> nor a Docker engine provides a server; the same one
    /// <c>scripts/test</c> starts. It gets free ports of its own on first start (neo4j-local chooses them).</summary>
    public const string TestInstance = "test";

    // A first run installs a JRE and unpacks Neo4j; later runs only check that the server answers.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Ensures the tests' local instance runs and returns options for it.</summary>
    public static Task<Neo4jOptions> EnvAsync() => EnvAsync(TestInstance);

    /// <summary>Ensures <paramref name="instance"/> runs (<c>neo4j-local env</c>) and returns options for it.</summary>
    public static async Task<Neo4jOptions> EnvAsync(string instance, IReadOnlyDictionary<string, string>? environment = null)
    {
        var stdout = await RunAsync(instance, "env", environment: environment).ConfigureAwait(false);
        var values = stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        if (!values.TryGetValue("NEO4J_URI", out var uri))
            throw new InvalidOperationException($"neo4j-local env --instance {instance} printed no NEO4J_URI line:\n{stdout}");
        return new Neo4jOptions
        {
            Uri = new Uri(uri),
            User = values.GetValueOrDefault("NEO4J_USER", "neo4j"),
            Password = values.GetValueOrDefault("NEO4J_PASSWORD", ""),
        };
    }

    /// <summary>The <c>url:</c> line of <c>neo4j-local status --instance <paramref name="instance"/></c> (which starts nothing),
    /// or null when the instance's address is not known (not installed and no fixed ports).</summary>
    public static async Task<Uri?> AddressAsync(string instance)
    {
        var status = await RunAsync(instance, "status", allowFailure: true).ConfigureAwait(false);
        var url = status.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("url:", StringComparison.Ordinal))?[4..].Trim();
        return url is { Length: > 0 } ? new Uri(url) : null;
    }

    /// <summary>Runs <c>neo4j-local &lt;command&gt; --instance &lt;instance&gt; [args]</c> and returns its stdout; throws with its
    /// stderr when it fails (unless <paramref name="allowFailure"/>). <paramref name="environment"/> adds variables for the
    /// script (e.g. <c>TIMELINE_NEO4J_TX_TIMEOUT</c>). A developer's <c>NEO4J_PASSWORD</c> is not passed on: it is meant for
    /// their own server, and neo4j-local would set it as the password of the instance.</summary>
    public static async Task<string> RunAsync(string instance, string command, IEnumerable<string>? args = null,
        IReadOnlyDictionary<string, string>? environment = null, bool allowFailure = false)
    {
        var script = Path.Combine(RepositoryRoot(), "tools", "neo4j-local", "neo4j-local");
        if (!File.Exists(script))
            throw new InvalidOperationException($"No {script}: cannot provide a local Neo4j server for tests.");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(command);
        start.ArgumentList.Add("--instance");
        start.ArgumentList.Add(instance);
        foreach (var arg in args ?? [])
            start.ArgumentList.Add(arg);
        start.Environment.Remove("NEO4J_PASSWORD");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
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
            throw new InvalidOperationException(
                $"neo4j-local {command} --instance {instance} did not finish within {Timeout.TotalMinutes} minutes. stderr:\n{await stderr.ConfigureAwait(false)}");
        }
        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new InvalidOperationException(
                $"neo4j-local {command} --instance {instance} failed with exit code {process.ExitCode}. stderr:\n{await stderr.ConfigureAwait(false)}");
        }
        return await stdout.ConfigureAwait(false);
    }

    /// <summary>Where neo4j-local installs instances: <c>TIMELINE_NEO4J_HOME</c>, else <c>~/.cache/timeline/neo4j</c>.</summary>
    public static string Home => Environment.GetEnvironmentVariable("TIMELINE_NEO4J_HOME") is { Length: > 0 } configured
        ? configured
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "timeline", "neo4j");

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
