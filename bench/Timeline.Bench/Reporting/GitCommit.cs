using System.Diagnostics;

namespace Timeline.Bench.Reporting;

/// <summary>The commit a run measured, so that every committed table names it: the short hash, with "+ uncommitted changes"
/// when the working tree differs from it, or "unknown" outside a git checkout.</summary>
internal static class GitCommit
{
    public static string Describe()
    {
        var hash = Git("rev-parse --short HEAD");
        if (hash is null) return "unknown";
        return string.IsNullOrEmpty(Git("status --porcelain --untracked-files=no")) ? hash : hash + " + uncommitted changes";
    }

    private static string? Git(string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
            });
            if (git is null) return null;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on the machine
        }
    }
}
