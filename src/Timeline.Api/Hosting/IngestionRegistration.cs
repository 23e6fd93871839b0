using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Api.Hosting;

/// <summary>The same ingestion service the CLI uses, for the <c>ingestDocument</c> mutation.</summary>
internal static class IngestionRegistration
{
    public static IServiceCollection AddTimelineIngestion(this IServiceCollection services) =>
        services.AddSingleton(sp => new IngestionService(
            sp.GetRequiredService<Neo4jClient>(), sp.GetRequiredService<OntologyModel>(), IngestLimits.Default));
}
