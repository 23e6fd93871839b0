using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.UnitTests.Api;

/// <summary>The schema names only what the graph vocabulary lists (<see cref="GraphQLNames"/>) or the ontology declares, so the
/// ontology loader's reservations cover every name a declaration could collide with.</summary>
public sealed class SchemaVocabularyTests
{
    private static readonly ISchema Schema = TranslationHarness.Schema;

    [Fact]
    public void Every_type_of_the_schema_is_a_kind_or_a_name_of_the_vocabulary()
    {
        var kinds = OntologyModel.Default.Kinds.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var types = Schema.AllTypes.Select(t => t.Name).Where(n => !n.StartsWith("__", StringComparison.Ordinal)).ToList();

        var unlisted = types.Where(n => !kinds.Contains(n) && !GraphQLNames.Types.Contains(n)).ToList();
        var unused = GraphQLNames.Types.Except(GraphQLNames.BuiltInScalars).Where(n => !types.Contains(n)).ToList();

        Assert.Empty(unlisted);
        Assert.Empty(unused);
    }

    [Fact]
    public void The_entity_fields_are_those_of_the_vocabulary()
    {
        var entity = Assert.IsAssignableFrom<IInterfaceGraphType>(Schema.AllTypes[GraphQLNames.Entity]);
        Assert.Equal(GraphQLNames.EntityFields.All, entity.Fields.Select(f => f.Name));
        foreach (var kind in OntologyModel.Default.Kinds)
        {
            var type = Assert.IsAssignableFrom<IObjectGraphType>(Schema.AllTypes[kind.Name]);
            Assert.Equal([.. GraphQLNames.EntityFields.All, .. kind.AllProperties.Select(p => p.Name)], type.Fields.Select(f => f.Name));
        }
    }

    [Fact]
    public void A_declared_date_is_a_partial_date_field()
    {
        var person = Assert.IsAssignableFrom<IObjectGraphType>(Schema.AllTypes["Person"]);
        Assert.Equal(GraphQLNames.PartialDate, person.GetField("born")!.ResolvedType!.Name);
    }
}
