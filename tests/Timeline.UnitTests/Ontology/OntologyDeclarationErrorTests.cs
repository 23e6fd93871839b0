using Timeline.Core.Ontology;

namespace Timeline.UnitTests.Ontology;

/// <summary>Each way a declaration can be wrong fails at load, naming the declaration, its line and the fault.</summary>
public sealed class OntologyDeclarationErrorTests
{
    private const string Base = SmallOntology.Yaml;

    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "unknown parent",
            Base.Replace("Organization: { description: A body. }", "Organization: { description: A body. }\n  Government: { extends: Organisation }"),
            ["kinds.Government.extends", "line 4", "unknown parent kind 'Organisation'", "Did you mean 'Organization'?"]
        },
        {
            "cycle in extends",
            Base.Replace("Person: { description: A person. }", "Person: { extends: Organization }")
                .Replace("Organization: { description: A body. }", "Organization: { extends: Person }"),
            ["kinds.Person.extends", "cycle in extends: Person → Organization → Person"]
        },
        {
            "self extends",
            Base.Replace("Person: { description: A person. }", "Person: { extends: Person }"),
            ["kinds.Person.extends", "cycle in extends: Person → Person"]
        },
        {
            "relation endpoint names an unknown kind",
            Base.Replace("to: [Organization]", "to: [Organization, Company]"),
            ["relationTypes.MEMBER_OF.to", "line 10", "unknown kind 'Company'", "Allowed: Person, Organization."]
        },
        {
            "no event status",
            Base.Replace("eventStatuses: { occurred: It happened. }\n", ""),
            ["eventStatuses", "no event statuses are declared", "default"]
        },
        {
            "event status not kebab-case",
            Base.Replace("occurred: It happened.", "occurred: It happened., calledOff: Did not happen."),
            ["eventStatuses.calledOff", "line 6", "must be kebab-case"]
        },
        {
            "kind not PascalCase",
            Base.Replace("Person:", "person:"),
            ["kinds.person", "must be PascalCase"]
        },
        {
            "event type not PascalCase",
            Base.Replace("Meeting:", "meeting_held:"),
            ["eventTypes.meeting_held", "must be PascalCase"]
        },
        {
            "relation type not UPPER_SNAKE",
            Base.Replace("MEMBER_OF:", "memberOf:"),
            ["relationTypes.memberOf", "must be UPPER_SNAKE"]
        },
        {
            "property not camelCase",
            Base.Replace("Person: { description: A person. }", "Person: { properties: { BirthDate: { type: date } } }"),
            ["kinds.Person.properties.BirthDate", "must be camelCase"]
        },
        {
            "role not camelCase",
            Base.Replace("agent: Acts.", "Agent: Acts."),
            ["roles.Agent", "must be camelCase"]
        },
        {
            "unknown property type",
            Base.Replace("Person: { description: A person. }", "Person: { properties: { age: { type: integer } } }"),
            ["kinds.Person.properties.age.type", "unknown property type 'integer'", "Did you mean 'int'?", "string, string[], int, float, bool, date"]
        },
        {
            "duplicate kind",
            Base.Replace("Organization: { description: A body. }", "Organization: { description: A body. }\n  Person: { description: Again. }"),
            ["line 4", "'Person' is declared twice"]
        },
        {
            "property clashes with a reserved node property",
            Base.Replace("Person: { description: A person. }", "Person: { properties: { aliases: { type: \"string[]\" } } }"),
            ["kinds.Person.properties.aliases", "'aliases' is reserved"]
        },
        {
            "property clashes with a reserved relation property",
            Base.Replace("to: [Organization] }", "to: [Organization], properties: { validFromText: string } }"),
            ["relationTypes.MEMBER_OF.properties.validFromText", "is reserved"]
        },
        {
            "subkind redeclares an inherited property",
            Base.Replace("Organization: { description: A body. }",
                "Organization: { properties: { orgType: string } }\n  Government: { extends: Organization, properties: { orgType: string } }"),
            ["kinds.Government.properties.orgType", "already declared by Organization"]
        },
        {
            "kind named like a graph-model label",
            Base.Replace("Organization:", "Event:").Replace("to: [Organization]", "to: [Person]"),
            ["kinds.Event", "reserved"]
        },
        {
            "misspelt key",
            Base.Replace("Organization: { description: A body. }", "Organization: { extend: Person }"),
            ["kinds.Organization.extend", "unknown key 'extend'", "description, extends, properties"]
        },
        {
            "unknown section",
            Base + "relations: {}\n",
            ["ontology relations", "unknown key 'relations'"]
        },
        {
            "relation without endpoints",
            Base.Replace("MEMBER_OF: { from: [Person], to: [Organization] }", "MEMBER_OF: { from: [Person] }"),
            ["relationTypes.MEMBER_OF.to", "must list the kinds"]
        },
        {
            "required is not a bool",
            Base.Replace("Person: { description: A person. }", "Person: { properties: { born: { type: date, required: yes } } }"),
            ["kinds.Person.properties.born.required", "expected true or false, got 'yes'"]
        },
        {
            "YAML syntax error",
            "kinds:\n  Person: { description: [unclosed\n",
            ["invalid YAML"]
        },
        {
            "no kinds",
            "eventTypes: {}\n",
            ["kinds", "no kinds are declared"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_declaration_fails_fast_with_a_useful_message(string fault, string yaml, string[] expected)
    {
        var error = Assert.Throws<OntologyException>(() => OntologyModel.Parse(yaml));
        foreach (var part in expected)
            Assert.True(error.Message.Contains(part, StringComparison.Ordinal), $"{fault}: '{error.Message}' lacks '{part}'");
    }

    [Fact]
    public void The_base_declaration_of_these_cases_is_itself_valid()
    {
        var model = OntologyModel.Parse(Base);
        Assert.Equal(2, model.Kinds.Count);
    }

    [Fact]
    public void The_first_declared_event_status_is_every_events_default()
    {
        var model = OntologyModel.Parse(Base.Replace("occurred: It happened.", "occurred: It happened., called-off: It did not happen."));
        Assert.Equal(["occurred", "called-off"], model.EventStatuses.Select(s => s.Name));
        Assert.Equal("occurred", model.DefaultEventStatus.Name);
        Assert.Equal("It did not happen.", model.FindEventStatus("called-off")?.Description);
        Assert.Null(model.FindEventStatus("called off"));
        Assert.Equal(["occurred", "ongoing", "announced", "planned", "called-off"], OntologyModel.Default.EventStatuses.Select(s => s.Name));
    }

    [Fact]
    public void Exception_exposes_location_and_line()
    {
        var error = Assert.Throws<OntologyException>(() => OntologyModel.Parse(Base.Replace("MEMBER_OF:", "memberOf:")));
        Assert.Equal("relationTypes.memberOf", error.Location);
        Assert.Equal(10, error.Line);
        Assert.Contains("UPPER_SNAKE", error.Problem);
    }
}
