using Timeline.Core.Ontology;

namespace Timeline.UnitTests.Ontology;

/// <summary>Declarations that would collide with the graph's own vocabulary (its labels, relationship types, the properties
/// ingest writes, the date layout, the GraphQL names of the schema) fail at load, naming the declaration and the collision.
/// Each of these once loaded fine and broke something later: a search key overwritten, a field hidden from GraphQL, a relation
/// duplicated on the next ingest, a schema that GraphQL.NET refused.</summary>
public sealed class ReservedVocabularyTests
{
    private const string Base = SmallOntology.Yaml;

    private static string PersonProperty(string declaration) =>
        Base.Replace("Person: { description: A person. }", $"Person: {{ properties: {{ {declaration} }} }}");

    private static string RelationProperty(string declaration) =>
        Base.Replace("to: [Organization] }", $"to: [Organization], properties: {{ {declaration} }} }}");

    private static string Kind(string name) =>
        Base.Replace("Organization: { description: A body. }", $"Organization: {{ description: A body. }}\n  {name}: {{ description: Clash. }}");

    private static string RelationType(string name) =>
        Base + $"  {name}: {{ from: [Person], to: [Organization] }}\n";

    public static TheoryData<string, string, string[]> Cases => new()
    {
        // Ingest writes nameKey and searchKeys on every entity: a declared one would overwrite the search key.
        { "kind property nameKey", PersonProperty("nameKey: string"), ["kinds.Person.properties.nameKey", "line 2", "'nameKey' is reserved"] },
        { "kind property searchKeys", PersonProperty("searchKeys: \"string[]\""), ["kinds.Person.properties.searchKeys", "is reserved"] },
        // Fields every entity type already has in GraphQL: the declared property would be stored but never shown.
        { "kind property events", PersonProperty("events: string"), ["kinds.Person.properties.events", "'events' is reserved", "GraphQL field"] },
        { "kind property relations", PersonProperty("relations: string"), ["kinds.Person.properties.relations", "GraphQL field"] },
        { "kind property said", PersonProperty("said: string"), ["kinds.Person.properties.said", "GraphQL field"] },
        { "kind property mentionedIn", PersonProperty("mentionedIn: string"), ["kinds.Person.properties.mentionedIn", "GraphQL field"] },
        { "kind property neighbors", PersonProperty("neighbors: string"), ["kinds.Person.properties.neighbors", "GraphQL field"] },
        // A date property p is stored as p, pPrecision, pEarliest and pLatest.
        {
            "kind property named like a date's stored bound",
            PersonProperty("born: date, bornEarliest: string"),
            ["kinds.Person.properties.bornEarliest", "'bornEarliest' is where the date 'born' stores"]
        },
        {
            "date property whose bound is already declared",
            PersonProperty("bornLatest: string, born: date"),
            ["kinds.Person.properties.born (line 2)", "'bornLatest'", "already declared"]
        },
        {
            "subkind property named like an inherited date's bound",
            Base.Replace("Organization: { description: A body. }",
                "Organization: { properties: { founded: date } }\n  Government: { extends: Organization, properties: { foundedPrecision: string } }"),
            ["kinds.Government.properties.foundedPrecision", "'founded'", "Organization"]
        },
        // The relation's merge key and its excerpt list: declaring them duplicates the relation on the next ingest.
        { "relation property key", RelationProperty("key: string"), ["relationTypes.MEMBER_OF.properties.key", "'key' is reserved"] },
        { "relation property excerpts", RelationProperty("excerpts: \"string[]\""), ["relationTypes.MEMBER_OF.properties.excerpts", "'excerpts' is reserved"] },
        // The Cypher export merges relationships on role (PARTICIPANT's) as it does on key.
        { "relation property role", RelationProperty("role: string"), ["relationTypes.MEMBER_OF.properties.role", "is reserved"] },
        {
            "relation date property named like another's bound",
            RelationProperty("since: date, sinceLatest: string"),
            ["relationTypes.MEMBER_OF.properties.sinceLatest", "'since'"]
        },
        // The graph's own relationship types.
        { "relation type PARTICIPANT", RelationType("PARTICIPANT"), ["relationTypes.PARTICIPANT", "line 11", "reserved", "relationship type of the graph model"] },
        { "relation type SAID", RelationType("SAID"), ["relationTypes.SAID", "reserved"] },
        { "relation type ABOUT", RelationType("ABOUT"), ["relationTypes.ABOUT", "reserved"] },
        { "relation type REPORTED_IN", RelationType("REPORTED_IN"), ["relationTypes.REPORTED_IN", "reserved"] },
        // Types the GraphQL schema already defines: GraphQL.NET refused the schema instead of the ontology naming the problem.
        { "kind Relation", Kind("Relation"), ["kinds.Relation", "line 4", "reserved", "GraphQL type"] },
        { "kind Path", Kind("Path"), ["kinds.Path", "GraphQL type"] },
        { "kind PageInfo", Kind("PageInfo"), ["kinds.PageInfo", "GraphQL type"] },
        { "kind PartialDate", Kind("PartialDate"), ["kinds.PartialDate", "GraphQL type"] },
        { "kind EntityConnection", Kind("EntityConnection"), ["kinds.EntityConnection", "GraphQL type"] },
        { "kind String", Kind("String"), ["kinds.String", "GraphQL type"] },
        // Labels of the graph's bookkeeping nodes: a kind named so would make entities look like them.
        { "kind SchemaMigration", Kind("SchemaMigration"), ["kinds.SchemaMigration", "reserved", "label"] },
        { "kind ApiKey", Kind("ApiKey"), ["kinds.ApiKey", "reserved", "label"] },
        // timeline(types: […]) reads 'Statement' as "keep statements".
        {
            "event type Statement",
            Base.Replace("Meeting: { description: A meeting. }", "Meeting: { description: A meeting. }\n  Statement: { description: Said. }"),
            ["eventTypes.Statement", "reserved"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_declaration_colliding_with_the_graph_vocabulary_fails_at_load(string fault, string yaml, string[] expected)
    {
        var error = Assert.Throws<OntologyException>(() => OntologyModel.Parse(yaml));
        foreach (var part in expected)
            Assert.True(error.Message.Contains(part, StringComparison.Ordinal), $"{fault}: '{error.Message}' lacks '{part}'");
    }

    [Fact]
    public void The_base_declaration_of_these_cases_is_itself_valid()
    {
        Assert.Equal(2, OntologyModel.Parse(Base).Kinds.Count);
        // Names near the reserved ones stay free.
        Assert.NotNull(OntologyModel.Parse(PersonProperty("nameKeys: string, eventCount: int, born: date, bornPlace: string")));
        Assert.NotNull(OntologyModel.Parse(RelationProperty("keyword: string, since: date")));
        Assert.NotNull(OntologyModel.Parse(Kind("Relationship")));
        Assert.NotNull(OntologyModel.Parse(RelationType("SAID_TO")));
    }
}
