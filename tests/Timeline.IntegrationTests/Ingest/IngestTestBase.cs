using Timeline.Export;
using Timeline.IntegrationTests.Exports;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>The project's own ingestion and export over an observed client (its Cypher is recorded for the
/// Cypher 5 check); tests' own queries go through <see cref="Db"/>.</summary>
public abstract class IngestTestBase(Neo4jFixture db) : IClassFixture<Neo4jFixture>, IAsyncLifetime
{
    private readonly List<string> _ownedIds = [];

    protected Neo4jClient Db => db.Client;

    protected Neo4jClient ProjectClient { get; private set; } = null!;

    protected IngestionService Ingestion(IngestLimits? limits = null) =>
        new(ProjectClient, OntologyModel.Default, limits ?? IngestLimits.Default);

    protected GraphExporter Exporter => new(ProjectClient);

    /// <summary>Deletes these ids (and their relationships) when the test ends.</summary>
    protected void Owns(IEnumerable<string> ids) => _ownedIds.AddRange(ids);

    public virtual async Task InitializeAsync()
    {
        ProjectClient = ProjectCypher.CreateClient(db.Server, GetType().Name);
        await new Timeline.Core.Schema.SchemaMigrator(ProjectClient, OntologyModel.Default).MigrateAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_ownedIds.Count > 0) await Neo4jTestData.DeleteIdsAsync(Db, _ownedIds);
        await ProjectClient.DisposeAsync();
    }

    protected async Task<string> ExportAllAsync()
    {
        var snapshot = await Exporter.ExportAsync();
        return await Written.TextAsync(stream => JsonGraphWriter.WriteAsync(stream, snapshot));
    }
}
