using System.Text.RegularExpressions;
using Timeline.Bench.Reporting;

namespace Timeline.UnitTests.Bench;

/// <summary>A committed results table names the commit it measured (the tests run inside the repository's checkout).</summary>
public sealed partial class BenchReportTests
{
    [Fact]
    public void The_table_names_the_commit_it_measured()
    {
        var commit = GitCommit.Describe();
        Assert.Matches(ShortHash(), commit);

        var table = MarkdownReport.Write(new BenchResults("2026-11-29", "bench/run --scales 1000", new MachineInfo(2, "cpu", 23.5, "3.1.1 community", ".NET", "Linux"),
            20260109, [], commit));
        Assert.Contains($"commit `{commit}`", table);
    }

    [GeneratedRegex("^[0-9a-f]{7,}( \\+ uncommitted changes)?$")]
    private static partial Regex ShortHash();
}
