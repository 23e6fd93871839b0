using System.Text.Json;
using Timeline.Testing.CypherLint;

namespace Timeline.UnitTests.Api;

/// <summary>Every approved Cypher snapshot passes Neo4j's Cypher 5 linter (no errors, no deprecations), with the
/// parameters it is sent with declared.</summary>
public sealed class SnapshotLintTests
{
    [Fact]
    public async Task Every_snapshot_text_is_valid_cypher_5()
    {
        var texts = Directory.GetFiles(Approval.Directory, "*.cypher")
            .Where(f => !f.Contains(".received.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(Parse)
            .ToList();
        Assert.True(texts.Count >= 15, $"Expected the snapshot files, found {texts.Count} texts in {Approval.Directory}.");
        await CypherLinter.AssertCypher5Async(texts);
    }

    /// <summary>Reads the statements of one snapshot file: "// root field: x", the text, "// parameters", the JSON.</summary>
    internal static IEnumerable<CypherText> Parse(string path)
    {
        var content = File.ReadAllText(path).Replace("\r\n", "\n");
        var sections = content.Split("// root field: ", StringSplitOptions.RemoveEmptyEntries);
        foreach (var section in sections)
        {
            var firstLine = section.IndexOf('\n');
            var field = section[..firstLine];
            var split = section.IndexOf("\n\n// parameters\n", StringComparison.Ordinal);
            var text = section[(firstLine + 1)..split];
            var json = section[(split + "\n\n// parameters\n".Length)..];
            var names = JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name).ToList();
            yield return new CypherText($"{Path.GetFileNameWithoutExtension(path)}: {field}", text, names);
        }
    }
}
