using System.Text.Json.Nodes;
using Timeline.Export;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>A property the ontology declares as a <c>date</c> is stored as the model's own dates are: its text plus precision
/// and the sortable bounds (<c>p</c>, <c>pPrecision</c>, <c>pEarliest</c>, <c>pLatest</c>), on entities and relations alike,
/// and exported with them.</summary>
public sealed class DeclaredDateTests(Neo4jFixture db) : IngestTestBase(db)
{
    /// <summary>The default ontology with a date on a relation type (the default declares none).</summary>
    private static readonly OntologyModel WithRelationDate = OntologyModel.Parse(OntologyModel.DefaultYaml.Replace(
        "      status: { type: string, description: \"e.g. 'full', 'reduced', 'severed'.\" }",
        "      status: { type: string, description: \"e.g. 'full', 'reduced', 'severed'.\" }\n      established: { type: date, description: When relations were established. }"));

    [Fact]
    public async Task A_declared_date_on_an_entity_is_stored_with_its_precision_and_bounds()
    {
        var doc = new TestDocument();
        Owns(doc.Ids);
        doc.Array("entities")[0]!["properties"] = new JsonObject { ["born"] = "1962-11" };

        var result = await Ingestion().IngestAsync(doc.Bytes());

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var person = (await Db.RunAsync(
            "MATCH (p:Entity {id: $id}) RETURN p.born AS text, p.bornPrecision AS precision, p.bornEarliest AS earliest, p.bornLatest AS latest",
            new Dictionary<string, object?> { ["id"] = doc.Person })).Records.Single();
        Assert.Equal("1962-11", person.Get<string>("text"));
        Assert.Equal("MONTH", person.Get<string>("precision"));
        Assert.Equal("1962-11-01T00:00:00Z", person.Get<string>("earliest"));
        Assert.Equal("1962-11-30T23:59:59Z", person.Get<string>("latest"));

        var exported = (await Exporter.ExportAsync(doc.SourceId)).Nodes.Single(n => n.Id == doc.Person).Properties;
        Assert.Equal("1962-11", exported["born"]);
        Assert.Equal("MONTH", exported["bornPrecision"]);
        Assert.Equal("1962-11-01T00:00:00Z", exported["bornEarliest"]);
        Assert.Equal("1962-11-30T23:59:59Z", exported["bornLatest"]);
    }

    [Fact]
    public async Task A_declared_date_on_a_relation_is_stored_with_its_precision_and_bounds()
    {
        var tag = TestIds.New("").Replace("test-", "");
        var (a, b, source) = ($"country:test-a-{tag}", $"country:test-b-{tag}", $"src:test-{tag}");
        Owns([a, b, source]);
        var document = new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = source, ["title"] = "Relations", ["published"] = "2026-01-09" },
            ["entities"] = new JsonArray
            {
                new JsonObject { ["id"] = a, ["kind"] = "Country", ["name"] = $"A {tag}" },
                new JsonObject { ["id"] = b, ["kind"] = "Country", ["name"] = $"B {tag}" },
            },
            ["relations"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "HAS_DIPLOMATIC_RELATIONS_WITH", ["from"] = a, ["to"] = b,
                    ["properties"] = new JsonObject { ["established"] = new JsonObject { ["earliest"] = "1835", ["latest"] = "1836-06" } },
                },
            },
        };

        var result = await new IngestionService(ProjectClient, WithRelationDate, IngestLimits.Default)
            .IngestAsync(System.Text.Encoding.UTF8.GetBytes(document.ToJsonString()));

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var relation = (await Db.RunAsync(
            "MATCH (:Entity {id: $a})-[r:HAS_DIPLOMATIC_RELATIONS_WITH]->(:Entity {id: $b}) " +
            "RETURN r.established AS text, r.establishedPrecision AS precision, r.establishedEarliest AS earliest, r.establishedLatest AS latest",
            new Dictionary<string, object?> { ["a"] = a, ["b"] = b })).Records.Single();
        Assert.Equal("1835/1836-06", relation.Get<string>("text"));
        Assert.Equal("RANGE", relation.Get<string>("precision"));
        Assert.Equal("1835-01-01T00:00:00Z", relation.Get<string>("earliest"));
        Assert.Equal("1836-06-30T23:59:59Z", relation.Get<string>("latest"));
    }
}
