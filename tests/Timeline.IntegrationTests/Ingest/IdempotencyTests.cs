using Timeline.Export;
using Timeline.IntegrationTests.Exports;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>Re-ingesting changes nothing, and concurrent ingests of one document make no duplicates.
/// Runs alone: it compares exports of the whole graph.</summary>
[Collection(WholeGraphCollection.Name)]
public sealed class IdempotencyTests(Neo4jFixture db) : IngestTestBase(db)
{
    [Fact]
    public async Task Ingesting_the_seed_twice_produces_identical_exports()
    {
        var first = await Ingestion().IngestAsync(SeedDocument.Bytes());
        Assert.True(first.Ok, string.Join("\n", first.Errors));
        var afterFirst = await ExportAllAsync();
        var firstSnapshot = await Exporter.ExportAsync();
        var afterFirstCypher = await Written.TextAsync(w => CypherScriptWriter.WriteAsync(w, firstSnapshot, []));

        var second = await Ingestion().IngestAsync(SeedDocument.Bytes());

        Assert.True(second.Ok);
        Assert.Equal(0, second.Created);
        Assert.True(second.Updated > 0);
        Assert.Equal(afterFirst, await ExportAllAsync());
        var secondSnapshot = await Exporter.ExportAsync();
        Assert.Equal(afterFirstCypher, await Written.TextAsync(w => CypherScriptWriter.WriteAsync(w, secondSnapshot, [])));
    }

    [Fact]
    public async Task Four_concurrent_ingests_of_one_document_make_no_duplicates()
    {
        var doc = new TestDocument();
        Owns(doc.Ids);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Ingestion().IngestAsync(doc.Bytes())));

        Assert.All(results, r => Assert.True(r.Ok, string.Join("\n", r.Errors)));
        var counts = await Db.RunAsync("""
            UNWIND $ids AS id
            OPTIONAL MATCH (n {id: id})
            RETURN id, count(n) AS nodes
            """, new Dictionary<string, object?> { ["ids"] = doc.Ids.ToList() });
        Assert.All(counts.Records, r => Assert.Equal(1L, r.Get<long>("nodes")));
        var relationships = await Db.RunAsync("""
            MATCH (p:Entity {id: $person})-[r]-()
            RETURN type(r) + coalesce(r.role, '') + coalesce(r.key, '') AS identity, count(r) AS copies
            """, new Dictionary<string, object?> { ["person"] = doc.Person });
        Assert.NotEmpty(relationships.Records);
        Assert.All(relationships.Records, r => Assert.Equal(1L, r.Get<long>("copies")));
    }

    [Fact]
    public async Task Four_concurrent_ingests_of_the_seed_make_no_duplicates()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Ingestion().IngestAsync(SeedDocument.Bytes())));

        Assert.All(results, r => Assert.True(r.Ok, string.Join("\n", r.Errors)));
        var duplicates = await Db.RunAsync("""
            MATCH (n) WHERE n:Entity OR n:Event OR n:Statement OR n:Source
            WITH n.id AS id, count(*) AS copies WHERE copies > 1
            RETURN count(id) AS duplicated
            """);
        Assert.Equal(0L, duplicates.Records[0].Get<long>("duplicated"));
        var duplicateRelationships = await Db.RunAsync("""
            MATCH (a)-[r]->(b) WHERE $source IN a.sources OR $source IN r.sources
            WITH a, b, type(r) AS type, r.role AS role, r.key AS key, count(r) AS copies WHERE copies > 1
            RETURN count(*) AS duplicated
            """, new Dictionary<string, object?> { ["source"] = SeedDocument.SourceId });
        Assert.Equal(0L, duplicateRelationships.Records[0].Get<long>("duplicated"));
    }
}
