using Timeline.Core.Ontology;

namespace Timeline.UnitTests.Ontology;

/// <summary>The design promise: a new kind is one declaration; everything keyed on the ontology picks it up.</summary>
public sealed class AddingAKindTests
{
    /// <summary>The default declaration plus one line.</summary>
    internal static OntologyModel WithCompany() =>
        OntologyModel.Parse(OntologyModel.DefaultYaml.Replace("kinds:\n", "kinds:\n  Company: { extends: Organization }\n"));

    [Fact]
    public void Company_is_a_kind_with_organization_labels_and_properties()
    {
        var model = WithCompany();
        var company = model.FindKind("Company")!;
        Assert.Equal(["Entity", "Organization", "Company"], company.Labels);
        Assert.True(company.IsA(model.FindKind("Organization")!));
        Assert.Equal(["orgType"], company.AllProperties.Select(p => p.Name));
        Assert.Null(OntologyModel.Default.FindKind("Company"));
    }

    [Fact]
    public void Relations_declared_on_organization_accept_company()
    {
        var model = WithCompany();
        var company = model.FindKind("Company")!;
        var person = model.FindKind("Person")!;
        Assert.True(model.FindRelationType("HOLDS_POSITION")!.Allows(person, company));
        Assert.True(model.FindRelationType("MEMBER_OF")!.Allows(company, model.FindKind("Organization")!));
        Assert.True(model.FindRelationType("OPERATES")!.Allows(company, model.FindKind("Vessel")!));
        Assert.False(model.FindRelationType("FLAG_STATE")!.Allows(company, model.FindKind("Country")!));
    }
}
