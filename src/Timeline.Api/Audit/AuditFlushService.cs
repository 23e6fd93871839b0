using Timeline.Core.Audit;

namespace Timeline.Api.Audit;

/// <summary>Writes the audit records that could not be written while Neo4j was unreachable, as soon as it answers again
/// (checked every <see cref="Interval"/>), so an outage loses no audit record while the service runs.</summary>
internal sealed class AuditFlushService(IngestAuditLog audit, ILogger<AuditFlushService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (audit.PendingCount == 0)
                    continue;
                var written = await audit.FlushAsync(stoppingToken);
                if (written > 0)
                    logger.LogInformation("Wrote {Count} delayed ingest audit record(s); {Pending} still pending", written, audit.PendingCount);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
