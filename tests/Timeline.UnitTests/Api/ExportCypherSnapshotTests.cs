using Timeline.Export;
using Timeline.Query.Expressions;
using Timeline.Query.Questions;

namespace Timeline.UnitTests.Api;

/// <summary>The timeline and statement exports send the GraphQL fields' own questions: the same anchors (an involved
/// entity is sought by its indexed id, never by scanning every node), filters and order, the whole answer, with the export's
/// row projection. Approved in Snapshots/ (and linted with them).</summary>
public sealed class ExportCypherSnapshotTests
{
    [Fact]
    public void The_timeline_export_seeks_the_involved_entities_by_id()
    {
        var query = TimelineQuestion.Instance.Build(new TimelineArguments(
            ["gov:united-states", "gov:venezuela"], DateWindow.Parse("2026-01", "2026-01"), ["Seizure", "Statement"]));
        var statement = TimelineExportReader.Statement(query);

        Assert.StartsWith("OPTIONAL MATCH (involved0:Entity {id: $involving0})\nOPTIONAL MATCH (involved1:Entity {id: $involving1})\n", statement.Text);
        Assert.DoesNotContain("LIMIT", statement.Text, StringComparison.Ordinal);
        Approval.VerifySnapshot("export-timeline-involving", "// root field: export timeline\n" + TranslationHarness.Render(statement));
    }

    [Fact]
    public void The_statements_export_is_the_statements_question()
    {
        var query = StatementsQuestion.Instance.Build(new StatementsArguments("person:donald-trump", null, DateWindow.Parse("2026", null)));
        Approval.VerifySnapshot("export-statements-speaker", "// root field: export statements\n" + TranslationHarness.Render(TimelineExportReader.Statement(query)));
    }
}
