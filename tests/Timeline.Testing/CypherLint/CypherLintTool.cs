using System.Text.Json;

namespace Timeline.Testing.CypherLint;

/// <summary>
/// The Node side of the check: tools/cypher-lint in the repository, installed on first use with
/// <c>npm ci</c> (node_modules is not committed), run as one <c>node lint.mjs</c> per batch.
/// </summary>
internal static class CypherLintTool
{
    private const string LinterPackage = "@neo4j-cypher/language-support";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static volatile bool installed;

    public static string Directory => LazyDirectory.Value;

    private static readonly Lazy<string> LazyDirectory = new(() =>
        Path.Combine(FindRepositoryRoot(), "tools", "cypher-lint"));

    public static async Task<string> RunAsync(string inputJson, TimeSpan timeout, CancellationToken ct)
    {
        await EnsureInstalledAsync(ct);
        var outcome = await ToolProcess.RunAsync(
            Executable("node"), ["lint.mjs"], Directory, inputJson, timeout, ct);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"node lint.mjs failed (exit {outcome.ExitCode}) in {Directory}:{Environment.NewLine}{outcome.StandardError}");
        }

        return outcome.StandardOutput;
    }

    /// <summary>Installs the pinned linter once per process; a file lock keeps test processes that
    /// start together (unit and integration tests) from running <c>npm ci</c> over each other.</summary>
    public static async Task EnsureInstalledAsync(CancellationToken ct)
    {
        if (installed)
        {
            return;
        }

        await InstallGate.WaitAsync(ct);
        try
        {
            if (installed)
            {
                return;
            }

            if (!IsInstalled())
            {
                await using var fileLock = await AcquireInstallLockAsync(ct);
                if (!IsInstalled())
                {
                    await NpmCiAsync(ct);
                }
            }

            installed = true;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task NpmCiAsync(CancellationToken ct)
    {
        var outcome = await ToolProcess.RunAsync(
            Executable("npm"), ["ci", "--no-audit", "--no-fund"], Directory, null, InstallTimeout, ct);
        if (outcome.ExitCode != 0 || !IsInstalled())
        {
            throw new InvalidOperationException(
                $"npm ci in {Directory} failed (exit {outcome.ExitCode}):{Environment.NewLine}"
                + outcome.StandardError + outcome.StandardOutput);
        }
    }

    // npm writes node_modules/.package-lock.json last, so its presence plus the pinned version of
    // the linter means a complete install of what package-lock.json asks for.
    private static bool IsInstalled()
    {
        var hiddenLock = Path.Combine(Directory, "node_modules", ".package-lock.json");
        var installedManifest = Path.Combine(Directory, "node_modules", LinterPackage, "package.json");
        if (!File.Exists(hiddenLock) || !File.Exists(installedManifest))
        {
            return false;
        }

        using var pinned = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "package-lock.json")));
        using var present = JsonDocument.Parse(File.ReadAllText(installedManifest));
        var wanted = pinned.RootElement.GetProperty("packages").GetProperty("node_modules/" + LinterPackage)
            .GetProperty("version").GetString();
        return wanted == present.RootElement.GetProperty("version").GetString();
    }

    private static async Task<FileStream> AcquireInstallLockAsync(CancellationToken ct)
    {
        // The file stays (git-ignored): deleting it on close would let a third process lock a new
        // file while a second still holds the old one.
        var path = Path.Combine(Directory, ".install.lock");
        var deadline = DateTime.UtcNow + InstallTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None,
                    bufferSize: 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
            }
        }
    }

    private static string Executable(string name) => OperatingSystem.IsWindows() && name == "npm" ? "npm.cmd" : name;

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"Cannot find the repository root (a folder holding Timeline.sln) above {AppContext.BaseDirectory}.");
    }
}
