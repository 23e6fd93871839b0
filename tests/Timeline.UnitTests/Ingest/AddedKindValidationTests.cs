using System.Text.Json.Nodes;
using Timeline.UnitTests.Ontology;

namespace Timeline.UnitTests.Ingest;

/// <summary>With one added declaration (<c>Company: { extends: Organization }</c>) validation accepts companies everywhere organisations go.</summary>
public sealed class AddedKindValidationTests
{
    private static JsonObject WithCompanyDocument()
    {
        var doc = SampleDocument.Node();
        doc["entities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "company:pdvsa", ["kind"] = "Company", ["name"] = "PDVSA",
            ["properties"] = new JsonObject { ["orgType"] = "state oil company" },
        });
        doc["relations"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "HOLDS_POSITION", ["from"] = "person:delcy-rodriguez", ["to"] = "company:pdvsa",
            ["properties"] = new JsonObject { ["position"] = "board member" },
        });
        return doc;
    }

    [Fact]
    public void The_default_ontology_rejects_company()
    {
        var error = Assert.Single(SampleDocument.Validate(WithCompanyDocument()).Errors);
        Assert.Equal("$.entities[6].kind", error.Path);
        Assert.StartsWith("unknown kind 'Company'", error.Message);
    }

    [Fact]
    public void The_extended_ontology_accepts_company_with_inherited_properties_and_relations()
    {
        var result = SampleDocument.Validate(WithCompanyDocument(), AddingAKindTests.WithCompany());
        Assert.Empty(result.Errors);
        var company = result.Document!.Entities[6];
        Assert.Equal(["Entity", "Organization", "Company"], company.Kind.Labels);
        Assert.Equal("state oil company", company.Properties["orgType"]);
    }

    [Fact]
    public void The_extended_ontology_still_checks_relation_kinds_for_company()
    {
        var doc = WithCompanyDocument();
        doc["relations"]!.AsArray().Add(new JsonObject { ["type"] = "FLAG_STATE", ["from"] = "company:pdvsa", ["to"] = "country:venezuela" });
        var error = Assert.Single(SampleDocument.Validate(doc, AddingAKindTests.WithCompany()).Errors);
        Assert.Contains("FLAG_STATE cannot join Company 'company:pdvsa' to Country", error.Message);
    }
}
