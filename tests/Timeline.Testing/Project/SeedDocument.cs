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
}
