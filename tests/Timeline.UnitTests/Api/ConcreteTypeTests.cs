namespace Timeline.UnitTests.Api;

/// <summary>An entity's or a timeline item's concrete type is read (<c>__type</c>) only where the answer depends on it: a
/// <c>__typename</c>, or a fragment whose type condition admits only some of the possible types.</summary>
public sealed class ConcreteTypeTests
{
    [Theory]
    [InlineData("""{ entity(id: "gov:venezuela") { id name } }""", false)]
    [InlineData("""{ entity(id: "gov:venezuela") { __typename id } }""", true)]
    [InlineData("""{ entity(id: "gov:venezuela") { ... on Person { born { text } } } }""", true)]
    [InlineData("""{ entity(id: "gov:venezuela") { ... on Entity { id } ...N } } fragment N on Entity { name }""", false)]
    [InlineData("""{ entity(id: "gov:venezuela") { ...P } } fragment P on Person { name }""", true)]
    [InlineData("""{ entity(id: "gov:venezuela") { ... { ... on Vessel { name } } } }""", true)]
    [InlineData("""{ entity(id: "gov:venezuela") { id ... on Person @skip(if: true) { name } } }""", false)]
    [InlineData("""{ entity(id: "gov:venezuela") { id __typename @include(if: false) } }""", false)]
    public void The_entity_answered_reads_its_kind_only_when_its_selection_depends_on_it(string query, bool readsKind)
    {
        var text = TranslationHarness.Compile(query).Single().Query.Text;
        Assert.Equal(readsKind, text.Contains("__type: entity.kind", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ timeline(first: 2) { nodes { ... on Event { id participants { entity { id name } } } } } }", false)]
    [InlineData("{ timeline(first: 2) { nodes { ... on Event { id participants { entity { __typename id } } } } } }", true)]
    public void A_participant_reads_its_kind_only_when_its_selection_depends_on_it(string query, bool readsKind)
    {
        var text = TranslationHarness.Compile(query).Single().Query.Text;
        Assert.Equal(readsKind, text.Contains("__type: participant.kind", StringComparison.Ordinal));
    }
}
