using System.Text.RegularExpressions;
using Timeline.Bench.Infrastructure;
using Timeline.Bench.Reporting;

namespace Timeline.UnitTests.Bench;

/// <summary>A committed results table names the commit it measured (the tests run inside the repository's checkout) and the
/// conditions of its reads.</summary>
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

    [Fact]
    public void The_table_says_when_the_reads_ran_after_a_restart_and_shows_the_command_without_it()
    {
        var options = BenchOptions.Parse(["--scales", "300", "--restart-neo4j", "neo4j-local restart --instance bench", "--out", "bench/results"]);
        Assert.Equal("neo4j-local restart --instance bench", options.RestartNeo4j);
        Assert.Equal("bench/run --scales 300", options.Command);

        var machine = new MachineInfo(2, "cpu", 23.5, "3.1.1 community", ".NET", "Linux");
        var restarted = MarkdownReport.Write(new BenchResults("2026-12-03", options.Command, machine, 20260109, [], "abc1234", ReadsAfterRestart: true));
        var straight = MarkdownReport.Write(new BenchResults("2026-12-03", options.Command, machine, 20260109, [], "abc1234"));
        Assert.Contains("Reads after a restart:", restarted);
        Assert.DoesNotContain("Reads after a restart", straight);
    }

    [GeneratedRegex("^[0-9a-f]{7,}( \\+ uncommitted changes)?$")]
    private static partial Regex ShortHash();
}
