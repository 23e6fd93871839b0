using System.Text;
using System.Text.Json;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Api;

/// <summary>docs/examples.md shows the example queries with their real output on the seed data. This test runs them and
/// fails (writing docs/examples.received.md) when the output changed, so the document never goes stale.</summary>
public sealed class ExamplesDocTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Docs_examples_show_the_real_output()
    {
        var doc = new StringBuilder();
        doc.Append("# Example queries\n\n");
        doc.Append("Real answers of the API (`POST http://127.0.0.1:5080/graphql`) with only the seed document ")
           .Append("(`data/seed/article-2026-01-09-caracas.json`) loaded. `extensions.cypherRoundTrips` counts the Cypher ")
           .Append("requests the API made: one per root field. Regenerated and checked by `ExamplesDocTests`.\n");
        foreach (var (title, question, query) in ExampleQueries.All)
        {
            var response = (await api.PostAsync(query)).AssertOk();
            var pretty = JsonSerializer.Serialize(response.Json, new JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
            doc.Append($"\n## {title}\n\n{question}\n\n```graphql\n{query.TrimEnd()}\n```\n\n```json\n{pretty}\n```\n");
        }

        var path = Path.Combine(Neo4jLocalScript.RepositoryRoot(), "docs", "examples.md");
        var received = Path.Combine(Neo4jLocalScript.RepositoryRoot(), "docs", "examples.received.md");
        var actual = doc.ToString().Replace("\r\n", "\n");
        if (File.Exists(path) && File.ReadAllText(path).Replace("\r\n", "\n") == actual)
        {
            File.Delete(received);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(received, actual);
        Assert.Fail($"{path} is missing or stale; wrote {received}. Review it and move it over the approved file.");
    }
}
