using Timeline.Core.Ontology;
using Timeline.Testing.Neo4j;

namespace Timeline.UnitTests.Ontology;

public sealed class DefaultOntologyTests
{
    private static readonly OntologyModel Model = OntologyModel.Default;

    [Fact]
    public void Default_is_the_repository_ontology_file()
    {
        // The model is built from an embedded copy; it must be the file the README tells analysts to edit.
        var file = Path.Combine(Neo4jLocalScript.RepositoryRoot(), "src", "Timeline.Core", "Ontology", "ontology.yaml");
        Assert.Equal(File.ReadAllText(file).ReplaceLineEndings(), OntologyModel.DefaultYaml.ReplaceLineEndings());
    }

    [Fact]
    public void Facts_below_come_from_the_declaration_not_from_the_code()
    {
        // The same checks as Government_is_an_organization…, on the default declaration with Government's parent removed:
        // the model must change with it.
        var declaration = OntologyModel.DefaultYaml.ReplaceLineEndings("\n");
        var changed = declaration.Replace("  Government:\n    extends: Organization\n", "  Government:\n", StringComparison.Ordinal);
        Assert.NotEqual(declaration, changed);
        var withoutParent = OntologyModel.Parse(changed);
        var government = withoutParent.FindKind("Government")!;
        Assert.Null(government.Parent);
        Assert.Equal(["Entity", "Government"], government.Labels);
        Assert.False(government.IsA(withoutParent.FindKind("Organization")!));
        Assert.Empty(government.AllProperties);
    }

    [Fact]
    public void Declares_the_expected_kinds_in_file_order()
    {
        Assert.Equal(["Person", "Organization", "Government", "Country", "Place", "Vessel"], Model.Kinds.Select(k => k.Name));
    }

    [Fact]
    public void Declares_the_expected_event_types_roles_and_relation_types()
    {
        Assert.Equal(17, Model.EventTypes.Count);
        Assert.Contains(Model.EventTypes, t => t.Name == "Seizure");
        Assert.Equal(["agent", "target", "location", "participant", "subject", "beneficiary", "instrument", "destination"],
            Model.Roles.Select(r => r.Name));
        Assert.Equal("The party that acts.", Model.FindRole("agent")!.Description);
        Assert.Equal(13, Model.RelationTypes.Count);
        Assert.NotNull(Model.FindRelationType("HAS_DIPLOMATIC_RELATIONS_WITH"));
    }

    [Fact]
    public void Government_is_an_organization_with_three_labels_and_inherited_properties()
    {
        var government = Model.FindKind("Government")!;
        var organization = Model.FindKind("Organization")!;
        Assert.Same(organization, government.Parent);
        Assert.Equal(["Entity", "Organization", "Government"], government.Labels);
        Assert.Equal(["Entity", "Person"], Model.FindKind("Person")!.Labels);
        Assert.True(government.IsA(organization));
        Assert.True(government.IsA(government));
        Assert.False(organization.IsA(government));
        Assert.Empty(government.Properties);
        Assert.Equal(["orgType"], government.AllProperties.Select(p => p.Name));
        Assert.NotNull(government.FindProperty("orgType"));
    }

    [Fact]
    public void Lookups_are_exact_and_case_sensitive()
    {
        Assert.NotNull(Model.FindKind("Person"));
        Assert.Null(Model.FindKind("person"));
        Assert.Null(Model.FindEventType("seizure"));
        Assert.Null(Model.FindRole("Agent"));
        Assert.Null(Model.FindRelationType("holds_position"));
    }

    [Fact]
    public void Property_declarations_keep_type_requiredness_and_description()
    {
        var position = Model.FindRelationType("HOLDS_POSITION")!.FindProperty("position")!;
        Assert.Equal(PropertyType.String, position.Type);
        Assert.True(position.Required);
        Assert.StartsWith("Title of the office", position.Description);
        var born = Model.FindKind("Person")!.FindProperty("born")!;
        Assert.Equal(PropertyType.Date, born.Type);
        Assert.False(born.Required);
    }

    [Fact]
    public void Relations_allow_subkinds_where_the_parent_is_listed()
    {
        var holds = Model.FindRelationType("HOLDS_POSITION")!;
        var person = Model.FindKind("Person")!;
        Assert.True(holds.Allows(person, Model.FindKind("Government")!));
        Assert.True(holds.Allows(person, Model.FindKind("Country")!));
        Assert.False(holds.Allows(person, Model.FindKind("Vessel")!));
        Assert.False(holds.Allows(Model.FindKind("Country")!, person));
    }

    [Fact]
    public void Symmetric_relations_allow_either_direction()
    {
        var allied = Model.FindRelationType("ALLIED_WITH")!;
        Assert.True(allied.Symmetric);
        Assert.False(Model.FindRelationType("OPPOSES")!.Symmetric);

        var flag = Model.FindRelationType("FLAG_STATE")!;
        var vessel = Model.FindKind("Vessel")!;
        var country = Model.FindKind("Country")!;
        Assert.True(flag.Allows(vessel, country));
        Assert.False(flag.Allows(country, vessel));
    }
}
