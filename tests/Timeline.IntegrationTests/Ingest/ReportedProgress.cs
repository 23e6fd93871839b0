using Timeline.Core.Schema;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>Hands each progress report of a migration to <paramref name="report"/> as it is made (on the reporting thread).</summary>
internal sealed class ReportedProgress(Action<MigrationProgress> report) : IProgress<MigrationProgress>
{
    public void Report(MigrationProgress value) => report(value);
}
