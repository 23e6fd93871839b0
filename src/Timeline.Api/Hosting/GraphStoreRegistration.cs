using Microsoft.Extensions.Options;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Api.Hosting;

/// <summary>The graph store: the ontology that shapes it, the one shared Neo4j client (from <see cref="Neo4jOptions"/>), and
/// the schema migrations applied at start-up.</summary>
internal static class GraphStoreRegistration
{
    public static IServiceCollection AddTimelineGraphStore(this IServiceCollection services)
    {
        services.AddSingleton(_ => OntologyModel.Default);
        services.AddSingleton(sp => new Neo4jClient(sp.GetRequiredService<IOptions<Neo4jOptions>>().Value));
        services.AddHostedService<SchemaMigrationService>();
        return services;
    }
}
