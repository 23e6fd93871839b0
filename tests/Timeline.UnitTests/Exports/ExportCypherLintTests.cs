using Timeline.Core.Export;
using Timeline.Testing.CypherLint;

namespace Timeline.UnitTests.Exports;

/// <summary>The export queries pass Neo4j's Cypher 5 linter (the integration tests run them on Neo4j 3.1, and the
/// texts they send are linted again from the recording).</summary>
public sealed class ExportCypherLintTests
{
    [Fact]
    public async Task The_export_queries_are_valid_cypher_5() =>
        await CypherLinter.AssertCypher5Async(
        [
            CypherText.FromQuery("export timeline", TimelineExportCypher.Timeline),
            CypherText.FromQuery("export statements", TimelineExportCypher.Statements),
            CypherText.FromQuery("export graphml neighbourhood", GraphMlCypher.Neighbourhood),
        ]);
}
