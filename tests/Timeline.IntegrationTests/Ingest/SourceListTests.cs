using Timeline.Core.Audit;
using Timeline.Core.Curation;
using Timeline.Core.Ingest.Writing;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>An entity's and a relation's <c>sources</c> (and a relation's parallel <c>excerpts</c>) as the writers keep them:
/// in ingest order, each source once, one excerpt per source — whether the documents come one by one or in one bulk batch
/// (which appends a batch's sources at its end: <see cref="HeldSourceLists"/>), and after a source in the middle of the
/// list is retracted or replaced by a changed version (which cut the lists at the source's position).</summary>
public sealed class SourceListTests(Neo4jFixture db) : IngestTestBase(db)
{
    // Three reports of the same person, country and relation, each with its own relation excerpt.
    private static List<TestDocument> ThreeReports()
    {
        var first = new TestDocument();
        var reports = new List<TestDocument> { first, new(first.Tag, "-b"), new(first.Tag, "-c") };
        foreach (var (report, excerpt) in reports.Zip(["a: the minister", "b: the minister", "c: the minister"]))
            report.Array("relations")[0]!["excerpt"] = excerpt;
        return reports;
    }

    private async Task<(IReadOnlyList<object?> Entity, IReadOnlyList<object?> Relation, IReadOnlyList<object?> Excerpts)> ListsAsync(TestDocument doc)
    {
        var row = (await Db.RunAsync(
            "MATCH (p:Entity {id: $id})-[r:HOLDS_POSITION]->() RETURN p.sources AS entity, r.sources AS relation, r.excerpts AS excerpts",
            new Dictionary<string, object?> { ["id"] = doc.Person })).Records.Single();
        return (row.Get<IReadOnlyList<object?>>("entity"), row.Get<IReadOnlyList<object?>>("relation"), row.Get<IReadOnlyList<object?>>("excerpts"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sources_and_excerpts_stay_in_ingest_order_and_aligned_when_one_in_the_middle_goes(bool bulk)
    {
        var reports = ThreeReports();
        Owns(reports.SelectMany(r => r.Ids).Distinct());
        if (bulk)
        {
            var loader = new BulkIngestion(ProjectClient, Ingestion(), new IngestAuditLog(ProjectClient));
            await foreach (var outcome in loader.IngestAsync(reports.Select(r => new BulkDocument(r.SourceId, r.Bytes())), "test"))
                Assert.True(outcome.Result.Ok, string.Join("\n", outcome.Result.Errors));
        }
        else
        {
            foreach (var report in reports)
                Assert.True((await Ingestion().IngestAsync(report.Bytes())).Ok);
        }
        var (a, b, c) = (reports[0].SourceId, reports[1].SourceId, reports[2].SourceId);
        var written = await ListsAsync(reports[0]);
        Assert.Equal([a, b, c], written.Entity);
        Assert.Equal([a, b, c], written.Relation);
        Assert.Equal(["a: the minister", "b: the minister", "c: the minister"], written.Excerpts);

        var retracted = await new SourceCuration(ProjectClient, Ingestion(), new IngestAuditLog(ProjectClient)).RetractSourceAsync(b, "test", "test");
        Assert.True(retracted.Ok, string.Join("\n", retracted.Errors));
        var afterRetraction = await ListsAsync(reports[0]);
        Assert.Equal([a, c], afterRetraction.Entity);
        Assert.Equal([a, c], afterRetraction.Relation);
        Assert.Equal(["a: the minister", "c: the minister"], afterRetraction.Excerpts);

        // A changed version of the first report: its support goes, then comes back last, with its new excerpt.
        reports[0].Array("relations")[0]!["excerpt"] = "a: the minister, corrected";
        Assert.True((await Ingestion().IngestAsync(reports[0].Bytes())).Ok);
        var afterChange = await ListsAsync(reports[0]);
        Assert.Equal([c, a], afterChange.Relation);
        Assert.Equal(["c: the minister", "a: the minister, corrected"], afterChange.Excerpts);
    }
}
