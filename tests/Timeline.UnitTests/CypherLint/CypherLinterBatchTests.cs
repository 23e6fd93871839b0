using System.Diagnostics;
using Timeline.Testing.CypherLint;
using Xunit.Abstractions;

namespace Timeline.UnitTests.CypherLint;

// Separate from CypherFiveCheckTests so the two classes' linter processes run side by side.
public sealed class CypherLinterBatchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Fifty_texts_lint_in_one_process()
    {
        var texts = Enumerable.Range(0, 50)
            .Select(i => CypherText.FromQuery(
                $"generated {i}",
                $"MATCH (e:Entity {{id: $id}}) RETURN e {{ .id, .name, hop{i}: [(e)-[r:PARTICIPANT]->(ev:Event) WHERE ev.earliest >= $from | ev {{ .id, role: r.role }}] }} AS entity"))
            .ToList();
        var runsBefore = CypherLinter.RunsStarted;
        var clock = Stopwatch.StartNew();

        var results = await CypherLinter.LintAsync(texts);

        output.WriteLine($"50 texts linted in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(50, results.Count);
        Assert.Single(results.Select(r => r.Run).Distinct());
        Assert.True(CypherLinter.RunsStarted > runsBefore);
        CypherLinter.AssertClean(results);
    }

    [Fact]
    public async Task Known_schema_names_turn_typos_into_failures()
    {
        var schema = new CypherLintSchema
        {
            Labels = ["Entity", "Person", "Event"],
            RelationshipTypes = ["PARTICIPANT", "SAID"],
            PropertyKeys = ["id", "name"],
        };

        var results = await CypherLinter.LintAsync(
            [
                CypherText.FromQuery("good", "MATCH (p:Entity:Person {id: $id})-[:PARTICIPANT]->(ev:Event) RETURN p.name AS name, ev.id AS event"),
                CypherText.FromQuery("typos", "MATCH (p:Persn)-[:PARTICIPANTS]->(ev:Event) WHERE p.nmae = $name RETURN ev.id AS event"),
            ],
            schema);

        CypherLinter.AssertClean([results[0]]);
        Assert.Empty(results[1].Errors);
        Assert.Equal(3, results[1].Warnings.Count);
        Assert.Contains(results[1].Warnings, w => w.Message.StartsWith("Label Persn is not present", StringComparison.Ordinal));
        Assert.Contains(results[1].Warnings, w => w.Message.StartsWith("Relationship type PARTICIPANTS is not present", StringComparison.Ordinal));
        Assert.Contains(results[1].Warnings, w => w.Message.StartsWith("nmae is not present", StringComparison.Ordinal));
    }

    [Fact]
    public Task Schema_needs_labels_and_relationship_types_together() =>
        Assert.ThrowsAsync<ArgumentException>(() =>
            CypherLinter.LintAsync([CypherText.FromQuery("q", "RETURN 1")], new CypherLintSchema { Labels = ["Entity"] }));

    [Fact]
    public async Task Empty_batch_starts_no_process()
    {
        var results = await CypherLinter.LintAsync(Array.Empty<CypherText>());

        Assert.Empty(results);
    }

    [Fact]
    public async Task Recorded_texts_round_trip_through_a_file_and_lint()
    {
        var recorder = new CypherTextRecorder();
        var sent = new[] { "id" };
        Parallel.For(0, 20, _ => recorder.Record("MATCH (n:Entity {id: $id}) RETURN n.name AS name", sent, "entity by id"));
        recorder.Record("MATCH (n) WHERE n.id = {id} RETURN n", [], "legacy");
        recorder.Record("MATCH (n:Entity {id: $id}) RETURN n.name AS name", [], "sent without parameters");
        var path = Path.Combine(Path.GetTempPath(), $"cypher-recorded-{Guid.NewGuid():N}", "unit.json");

        await recorder.SaveAsync(path);
        var loaded = await CypherTextRecorder.LoadAsync(Path.GetDirectoryName(path)!);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        var results = await CypherLinter.LintAsync(loaded);

        Assert.Equal(["entity by id", "legacy", "sent without parameters"], loaded.Select(t => t.Name));
        Assert.True(results[0].IsClean, results[0].Describe());
        Assert.NotEmpty(results[1].Errors);
        Assert.Contains(results[2].Errors, e => e.Message == "Parameter $id is not defined.");
    }
}
