using Timeline.Core.Ingest;
using Timeline.Core.Ontology;

namespace Timeline.UnitTests.Ingest;

public sealed class ResolveExternalTests
{
    private static readonly DocumentValidator Validator = new(OntologyModel.Default);
    private static readonly ValidatedDocument Doc = SampleDocument.Validate(SampleDocument.Node()).Document!;

    [Fact]
    public void Existing_entities_of_an_allowed_kind_resolve()
    {
        Assert.Empty(Validator.ResolveExternal(Doc, new Dictionary<string, string> { ["country:united-states"] = "Country" }));
    }

    [Fact]
    public void Every_reference_to_a_missing_id_is_reported_with_its_path()
    {
        var errors = Validator.ResolveExternal(Doc, new Dictionary<string, string>());
        Assert.Equal(["$.events[1].participants[1].entity", "$.statements[0].about[0]", "$.relations[1].from"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.StartsWith("'country:united-states' is not defined in this document and does not exist in the graph", e.Message));
    }

    [Fact]
    public void A_near_miss_is_suggested()
    {
        var doc = Parse(d => d.At("relations", 0)["to"] = "country:venezuala");
        var error = Assert.Single(Validator.ResolveExternal(doc, new Dictionary<string, string> { ["country:united-states"] = "Country" }));
        Assert.Equal("$.relations[0].to", error.Path);
        Assert.EndsWith("did you mean 'country:venezuela'?", error.Message);
    }

    [Fact]
    public void An_existing_event_cannot_be_a_participant_but_can_be_talked_about()
    {
        var errors = Validator.ResolveExternal(Doc, new Dictionary<string, string> { ["country:united-states"] = "Event" });
        Assert.Equal(["$.events[1].participants[1].entity", "$.relations[1].from"], errors.Select(e => e.Path));
        Assert.Equal("must refer to an entity, but 'country:united-states' is an event in the graph", errors[0].Message);
    }

    [Fact]
    public void A_relation_to_an_existing_entity_of_a_disallowed_kind_is_reported()
    {
        var errors = Validator.ResolveExternal(Doc, new Dictionary<string, string> { ["country:united-states"] = "Person" });
        var error = Assert.Single(errors);
        Assert.Equal("$.relations[1]", error.Path);
        Assert.StartsWith("HAS_DIPLOMATIC_RELATIONS_WITH cannot join Person 'country:united-states' to Country 'country:venezuela'", error.Message);
    }

    [Fact]
    public void A_stored_kind_the_ontology_does_not_declare_is_reported()
    {
        var errors = Validator.ResolveExternal(Doc, new Dictionary<string, string> { ["country:united-states"] = "Company" });
        Assert.Equal(3, errors.Count);
        Assert.Contains("exists in the graph as 'Company', a kind the ontology does not declare", errors[0].Message);
    }

    [Fact]
    public void A_subkind_in_the_graph_is_accepted_where_its_parent_is_allowed()
    {
        var doc = Parse(d => d.At("relations", 2)["to"] = "gov:united-states");
        Assert.Empty(Validator.ResolveExternal(doc, new Dictionary<string, string>
        {
            ["country:united-states"] = "Country",
            ["gov:united-states"] = "Government",
        }));
    }

    private static ValidatedDocument Parse(Action<System.Text.Json.Nodes.JsonObject> change)
    {
        var node = SampleDocument.Node();
        change(node);
        var result = SampleDocument.Validate(node);
        Assert.Empty(result.Errors);
        return result.Document!;
    }
}
