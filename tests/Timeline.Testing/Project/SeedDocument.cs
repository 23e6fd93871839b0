using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.Testing.Project;

/// <summary>The seed article's ingest document, as stored in the repository.</summary>
public static class SeedDocument
{
    /// <summary>The source id the seed document declares.</summary>
    public const string SourceId = "src:2026-01-09-caracas";

    /// <summary>Absolute path of <c>data/seed/article-2026-01-09-caracas.json</c>.</summary>
    public static string Path => System.IO.Path.Combine(Neo4jLocalScript.RepositoryRoot(), "data", "seed", "article-2026-01-09-caracas.json");

    /// <summary>The document's bytes.</summary>
    public static byte[] Bytes() => File.ReadAllBytes(Path);

    /// <summary>Applies the schema and ingests the seed through the real ingestion service. Idempotent, so every test class
    /// that reads seed facts loads it itself and passes alone, on an empty database, in any order.</summary>
    public static async Task IngestAsync(Neo4jClient client)
    {
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync().ConfigureAwait(false);
        var result = await new IngestionService(client, OntologyModel.Default, IngestLimits.Default).IngestAsync(Bytes()).ConfigureAwait(false);
        if (!result.Ok)
            throw new InvalidOperationException("Seed rejected: " + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }
}
