using Microsoft.Extensions.Options;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Neo4j;

namespace Timeline.Api.Hosting;

/// <summary>Applies pending schema migrations (constraints, indexes) when the API starts. When Neo4j does not answer, the API
/// starts all the same (health reports 503, queries answer NEO4J_UNAVAILABLE) and the migrations are tried again every
/// <see cref="SchemaMigrationOptions.RetryInterval"/> until Neo4j answers and they are applied — no restart needed. Neo4j
/// refusing the configured credentials is a misconfiguration: at start-up the host does not start; found on a retry, it is
/// logged as critical and the host stops.</summary>
internal sealed class SchemaMigrationService(
    Neo4jClient client, OntologyModel ontology, IOptions<SchemaMigrationOptions> options, IHostApplicationLifetime lifetime,
    ILogger<SchemaMigrationService> logger) : BackgroundService
{
    private bool _done;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // The first attempt is part of start-up, so a host whose Neo4j answers serves its first request on a migrated schema.
        _done = await TryMigrateAsync(firstAttempt: true, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_done)
            return;
        using var timer = new PeriodicTimer(options.Value.RetryInterval);
        try
        {
            while (!_done && await timer.WaitForNextTickAsync(stoppingToken))
                _done = await TryMigrateAsync(firstAttempt: false, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Neo4jException e)
        {
            logger.LogCritical("Schema migrations failed, stopping the API: {Reason}", e.Message);
            lifetime.StopApplication();
        }
    }

    // True when the schema is up to date; false when Neo4j did not answer (or only with transient errors) and it is worth
    // trying again. Anything else propagates: at start-up it stops the host, as a misconfiguration should.
    private async Task<bool> TryMigrateAsync(bool firstAttempt, CancellationToken cancellationToken)
    {
        try
        {
            var applied = await new SchemaMigrator(client, ontology).MigrateAsync(cancellationToken,
                new LoggedProgress(p => logger.LogInformation("Building what the graph lacks: {Progress}", p)));
            if (applied.Count > 0)
                logger.LogInformation("Applied schema migrations: {Migrations}", string.Join(", ", applied));
            else if (!firstAttempt)
                logger.LogInformation("Neo4j answers again; the schema is up to date");
            return true;
        }
        catch (Exception e) when (e is Neo4jUnavailableException or Neo4jTransientException)
        {
            if (firstAttempt)
            {
                logger.LogWarning("Schema migrations not applied, Neo4j is unavailable: {Reason}. Trying again every {Interval} until it answers",
                    e.Message, options.Value.RetryInterval);
            }
            else
            {
                logger.LogDebug("Schema migrations still waiting for Neo4j: {Reason}", e.Message);
            }
            return false;
        }
    }

    private sealed class LoggedProgress(Action<MigrationProgress> log) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => log(value);
    }
}
