using Timeline.Export;
using Timeline.IntegrationTests.Exports;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary><c>cypher/seed.cypher</c> is <c>timeline export --format cypher --source …</c> of the seed document;
/// this fails when the two drift apart (regenerate with the command in the file's first line).</summary>
public sealed class SeedCypherTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    [Fact]
    public async Task Seed_cypher_is_the_export_of_the_seed_document()
    {
        var path = Path.Combine(Neo4jLocalScript.RepositoryRoot(), "cypher", "seed.cypher");
        var run = await TimelineCli.RunAsync(seed.Server.Options, "export", "--format", "cypher", "--source", SeedDocument.SourceId);

        Assert.True(run.ExitCode == 0, run.Stderr);
        if (!File.Exists(path) || await File.ReadAllTextAsync(path) != run.Stdout)
        {
            await File.WriteAllTextAsync(path + ".received", run.Stdout);
            Assert.Fail($"cypher/seed.cypher differs from the export of {SeedDocument.SourceId}; the export was written to cypher/seed.cypher.received — review it and rename it to seed.cypher.");
        }
    }

    [Fact]
    public async Task Seed_cypher_uses_only_statements_a_script_runner_accepts()
    {
        var snapshot = await new GraphExporter(seed.Client).ExportAsync(SeedDocument.SourceId);
        var script = await Written.TextAsync(w => CypherScriptWriter.WriteAsync(w, snapshot, CypherScriptWriter.Header(SeedDocument.SourceId)));

        var statements = script.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).ToList();
        Assert.Equal(snapshot.Nodes.Count + snapshot.Relationships.Count, statements.Count);
        Assert.All(statements, s => Assert.EndsWith(";", s));
    }
}
