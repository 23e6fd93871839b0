using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Security;

namespace Timeline.IntegrationTests.Neo4j;

/// <summary>One document on an emptied <see cref="ScratchNeo4j"/>, and an API over it (anonymous readers allowed), set up
/// once for a class whose tests only read it: emptying the server, applying the schema, ingesting and starting a host cost
/// ~3 s, and were paid by every test of such a class — a minute of the scratch collection, whose classes run one after
/// another. A class fixture: the next class of the collection empties the server again, after this one is done.</summary>
public sealed class ScratchDocument : IAsyncLifetime
{
    private readonly Lock _lock = new();
    private Task<TimelineApiFactory>? _host;

    /// <summary>The API over <paramref name="document"/>, loaded into <paramref name="neo4j"/> by the first test that asks
    /// (a failed load fails every test of the class, with its reason).</summary>
    public Task<TimelineApiFactory> LoadAsync(ScratchNeo4j neo4j, string document)
    {
        lock (_lock)
            return _host ??= LoadOnceAsync(neo4j, document);
    }

    private static async Task<TimelineApiFactory> LoadOnceAsync(ScratchNeo4j neo4j, string document)
    {
        await neo4j.EmptyAsync();
        await using (var client = neo4j.CreateClient())
        {
            await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
            var result = await new IngestionService(client, OntologyModel.Default, IngestLimits.Default).IngestAsync(System.Text.Encoding.UTF8.GetBytes(document));
            Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }
        return new TimelineApiFactory(TimelineApiFactory.Settings(neo4j.Options, new Dictionary<string, string?>
        {
            ["Timeline:Auth:AllowAnonymous"] = "true",
        }));
    }

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_host is { IsCompletedSuccessfully: true } host)
            await host.Result.DisposeAsync();
    }
}
