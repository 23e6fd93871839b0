using Timeline.Core.Audit;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Api.Hosting;

/// <summary>The same ingestion and curation services the CLI uses, for the mutations, and the change history.</summary>
internal static class IngestionRegistration
{
    public static IServiceCollection AddTimelineIngestion(this IServiceCollection services) =>
        services
            .AddSingleton(sp => new IngestionService(
                sp.GetRequiredService<Neo4jClient>(), sp.GetRequiredService<OntologyModel>(), IngestLimits.Default))
            .AddSingleton(sp => new SourceCuration(
                sp.GetRequiredService<Neo4jClient>(), sp.GetRequiredService<IngestionService>(), sp.GetRequiredService<IngestAuditLog>()))
            .AddSingleton(sp => new FactCuration(
                sp.GetRequiredService<Neo4jClient>(), sp.GetRequiredService<IngestionService>(), sp.GetRequiredService<IngestAuditLog>()))
            .AddSingleton(sp => new EntityMerge(
                sp.GetRequiredService<Neo4jClient>(), sp.GetRequiredService<IngestionService>(), sp.GetRequiredService<IngestAuditLog>()))
            .AddSingleton(sp => new ChangeHistory(sp.GetRequiredService<Neo4jClient>()));
}
