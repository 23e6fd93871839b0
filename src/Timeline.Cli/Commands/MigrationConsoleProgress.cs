using Timeline.Core.Schema;

namespace Timeline.Cli.Commands;

/// <summary>A migration's data step on the terminal, a line per batch as it lands (IProgress&lt;T&gt;'s own Progress class
/// would post them out of order), on standard error: <c>migrate</c>, and <c>ingest</c> and <c>keys</c>, which migrate first.</summary>
internal sealed class MigrationConsoleProgress : IProgress<MigrationProgress>
{
    public static MigrationConsoleProgress Instance { get; } = new();

    public void Report(MigrationProgress value) => Console.Error.WriteLine("  " + value); // stderr: what a command prints stays parseable
}
