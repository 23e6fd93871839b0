using System.Text.Json.Nodes;
using Timeline.Core.Lookup;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>Two documents naming the same ids enrich one node: aliases are unioned, sources accumulate on the
/// facts both report, each with its own excerpt; and an entity is found by any of its names.</summary>
public sealed class EnrichmentTests(Neo4jFixture db) : IngestTestBase(db)
{
    [Fact]
    public async Task A_second_source_enriches_the_same_entity_and_relation()
    {
        var first = new TestDocument();
        var second = new TestDocument(first.Tag, sourceSuffix: "-second");
        Owns(first.Ids.Append(second.SourceId));
        second.Array("entities")[0]!["aliases"] = new JsonArray("N. Tester");
        second.Array("relations")[0]!["excerpt"] = "the minister, said a second report";

        Assert.True((await Ingestion().IngestAsync(first.Bytes())).Ok);
        var result = await Ingestion().IngestAsync(second.Bytes());

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var person = (await Db.RunAsync("MATCH (p:Entity {id: $id}) RETURN p.aliases AS aliases, p.sources AS sources",
            new Dictionary<string, object?> { ["id"] = first.Person })).Records.Single();
        Assert.Equal(["Nicolas Tester", "N. Tester"], person.Get<IReadOnlyList<object?>>("aliases"));
        Assert.Equal([first.SourceId, second.SourceId], person.Get<IReadOnlyList<object?>>("sources"));
        var relation = (await Db.RunAsync("MATCH (:Entity {id: $id})-[r:HOLDS_POSITION]->() RETURN count(r) AS n, collect(r.sources)[0] AS sources, collect(r.excerpts)[0] AS excerpts",
            new Dictionary<string, object?> { ["id"] = first.Person })).Records.Single();
        Assert.Equal(1L, relation.Get<long>("n"));
        Assert.Equal([first.SourceId, second.SourceId], relation.Get<IReadOnlyList<object?>>("sources"));
        Assert.Equal(["the minister", "the minister, said a second report"], relation.Get<IReadOnlyList<object?>>("excerpts"));
        var reportedIn = await Db.RunAsync("MATCH (:Event {id: $id})-[r:REPORTED_IN]->(s:Source) RETURN s.id AS source ORDER BY source",
            new Dictionary<string, object?> { ["id"] = first.Event });
        Assert.Equal([first.SourceId, second.SourceId], reportedIn.Records.Select(r => r.Get<string>("source")));
    }

    [Theory]
    [InlineData("Nicolás Tester")]
    [InlineData("Nicolas Tester")]
    [InlineData("NICOLAS   tester")]
    [InlineData("nicolás tester")]
    public async Task An_entity_is_found_by_name_or_alias_ignoring_case_and_accents(string name)
    {
        var doc = new TestDocument();
        Owns(doc.Ids);
        Assert.True((await Ingestion().IngestAsync(doc.Bytes())).Ok);

        var matches = await new EntityLookup(ProjectClient).FindByNameAsync(name);

        Assert.Contains(matches, m => m.Id == doc.Person && m.Kind == "Person");
    }
}
