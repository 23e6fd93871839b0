using Timeline.Core.Ingest;
using Timeline.Core.Ontology;
using Timeline.Primitives;

namespace Timeline.UnitTests.Ingest;

public sealed class ValidDocumentTests
{
    private static readonly ValidationResult Result = SampleDocument.Validate(SampleDocument.Node());

    [Fact]
    public void A_complete_valid_document_passes()
    {
        Assert.Empty(Result.Errors);
        Assert.True(Result.IsValid);
        Assert.NotNull(Result.Document);
    }

    [Fact]
    public void Ids_defined_elsewhere_are_external_references()
    {
        Assert.Equal(["country:united-states"], Result.ExternalReferences);
    }

    [Fact]
    public void Source_is_typed()
    {
        var source = Result.Document!.Source;
        Assert.Equal(new SourceRecord("src:caracas-2026-01-09", "US State Department officials visit Caracas",
            PartialDate.Parse("2026-01-09"), null, "https://example.org/caracas", "en"), source);
    }

    [Fact]
    public void Entities_are_typed_with_kinds_aliases_and_properties()
    {
        var entities = Result.Document!.Entities;
        Assert.Equal(6, entities.Count);
        var delcy = entities[0];
        Assert.Equal("person:delcy-rodriguez", delcy.Id);
        Assert.Same(OntologyModel.Default.FindKind("Person"), delcy.Kind);
        Assert.Equal(["Rodriguez", "Delcy Rodriguez"], delcy.Aliases);
        Assert.True(delcy.Named);
        Assert.Equal("Venezuelan", delcy.Properties["nationality"]);
        Assert.Equal(PartialDate.Parse("1962-11-23"), entities[1].Properties["born"]);
        Assert.Equal(["Entity", "Organization", "Government"], entities[3].Kind.Labels);
        Assert.False(entities[5].Named);
        Assert.Null(entities[4].Description);
        Assert.Empty(entities[4].Aliases);
    }

    [Fact]
    public void Events_are_typed_with_dates_participants_and_free_properties()
    {
        var abduction = Result.Document!.Events[0];
        Assert.Equal("Abduction", abduction.Type.Name);
        Assert.Equal(DatePrecision.Range, abduction.Date.Precision);
        Assert.Equal("2026-01-03/2026-01-08", abduction.Date.Text);
        Assert.Equal([new ParticipantRecord("org:us-military", OntologyModel.Default.FindRole("agent")!),
            new ParticipantRecord("person:nicolas-maduro", OntologyModel.Default.FindRole("target")!)], abduction.Participants);
        Assert.Equal(0L, abduction.Properties["casualties"]);
        Assert.Equal(["raid"], (IReadOnlyList<string>)abduction.Properties["tags"]);
        Assert.Null(abduction.Description);
        Assert.Equal(DatePrecision.Time, Result.Document.Events[1].Date.Precision);
        // No status in the document: the ontology's default; a declared one is kept.
        Assert.Equal("occurred", abduction.Status.Name);
        Assert.Equal("ongoing", Result.Document.Events[1].Status.Name);
    }

    [Fact]
    public void Statements_are_typed_and_verbatim_defaults_to_false()
    {
        var statements = Result.Document!.Statements;
        Assert.True(statements[0].Verbatim);
        Assert.Equal(["country:united-states", "event:maduro-abduction"], statements[0].About);
        Assert.False(statements[1].Verbatim);
        Assert.Null(statements[1].Date);
        Assert.Equal("gov:venezuela", statements[1].SpeakerId);
    }

    [Fact]
    public void Relations_are_typed_with_validity()
    {
        var holds = Result.Document!.Relations[0];
        Assert.Equal("HOLDS_POSITION", holds.Type.Name);
        Assert.Equal("interim president", holds.Properties["position"]);
        Assert.Equal("2026-01-05/2026-01-09", holds.ValidFrom!.Text);
        Assert.Null(holds.ValidTo);
        Assert.Equal(PartialDate.Parse("2019"), Result.Document.Relations[1].ValidTo);
    }

    [Fact]
    public void A_document_with_only_a_source_is_valid()
    {
        var result = SampleDocument.Validate("""{ "source": { "id": "src:x", "title": "T" }, "entities": null }""");
        Assert.Empty(result.Errors);
        Assert.Empty(result.Document!.Entities);
        Assert.Empty(result.ExternalReferences);
    }
}
