using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Neo4j;

namespace Timeline.Api.Hosting;

/// <summary>Applies pending schema migrations (constraints, indexes) when the API starts. When Neo4j is not reachable the API
/// still starts (health reports 503 and queries answer NEO4J_UNAVAILABLE) and the migrations run on the next start.</summary>
internal sealed class SchemaMigrationService(Neo4jClient client, OntologyModel ontology, ILogger<SchemaMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var applied = await new SchemaMigrator(client, ontology).MigrateAsync(cancellationToken);
            if (applied.Count > 0)
                logger.LogInformation("Applied schema migrations: {Migrations}", string.Join(", ", applied));
        }
        catch (Neo4jUnavailableException e)
        {
            logger.LogWarning("Schema migrations not applied, Neo4j is unavailable: {Reason}", e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
