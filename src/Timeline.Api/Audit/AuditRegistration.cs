using Timeline.Core.Audit;
using Timeline.Core.Ingest.Writing;
using Timeline.Neo4j;

namespace Timeline.Api.Audit;

/// <summary>The audited ingestion behind <c>ingestDocument</c>, and the background writer of audit records kept during an outage.</summary>
internal static class AuditRegistration
{
    public static IServiceCollection AddTimelineAudit(this IServiceCollection services)
    {
        services.AddSingleton(sp => new IngestAuditLog(sp.GetRequiredService<Neo4jClient>()));
        services.AddSingleton(sp => new AuditedIngestion(sp.GetRequiredService<IngestionService>(), sp.GetRequiredService<IngestAuditLog>()));
        services.AddHostedService<AuditFlushService>();
        return services;
    }
}
