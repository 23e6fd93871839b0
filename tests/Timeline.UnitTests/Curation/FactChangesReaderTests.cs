using System.Text.Json;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Ontology;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.UnitTests.Curation;

/// <summary><c>correctFact</c>'s <c>changes</c> as the ingest document's fields, read by the ingest readers: the values they
/// correct under the node's property names, and every error at once at <c>changes.&lt;field&gt;</c>.</summary>
public sealed class FactChangesReaderTests
{
    private static (FactChanges? Changes, Dictionary<string, string> Errors) Read(string kind, string json, string? relationType = null)
    {
        var ctx = new ValidationContext(OntologyModel.Default, IngestLimits.Default);
        using var doc = JsonDocument.Parse(json);
        var changes = FactChangesReader.Read(ctx, doc.RootElement, kind, relationType is null ? null : OntologyModel.Default.FindRelationType(relationType));
        return (changes, ctx.Errors.ToDictionary(e => e.Path, e => e.Message));
    }

    [Fact]
    public void An_event_s_fields_become_its_property_values_with_the_date_laid_out_and_null_removing_an_optional_one()
    {
        var (changes, errors) = Read(FactKind.Event, """
            { "title": "Second wave", "status": "called-off", "date": { "earliest": "2026-01-08", "latest": "2026-01-09" },
              "description": null, "properties": { "ordinal": 2, "wave": null },
              "participants": [ { "entity": "gov:united-states", "role": "agent" } ] }
            """);

        Assert.Empty(errors);
        Assert.Equal("Second wave", changes!.Values[P.Title]);
        Assert.Equal("called-off", changes.Values[P.Status]);
        Assert.Equal("2026-01-08/2026-01-09", changes.Values[DateLayout.EventDate.Text]);
        Assert.Equal("RANGE", changes.Values[DateLayout.EventDate.Precision]);
        Assert.True(changes.Values.ContainsKey(P.Description) && changes.Values[P.Description] is null);
        Assert.Equal(2L, changes.Values["ordinal"]);
        Assert.True(changes.Values.ContainsKey("wave") && changes.Values["wave"] is null);
        Assert.Equal([new CorrectedParticipant("gov:united-states", "agent")], changes.Participants);
    }

    [Fact]
    public void Unknown_fields_bad_values_and_removed_required_ones_are_each_reported_with_a_hint()
    {
        var (_, errors) = Read(FactKind.Event, """
            { "titel": "x", "title": null, "type": "Atack", "status": "cancelled", "date": "2026-02-30", "description": " ",
              "properties": { "Title": "x", "date": "y" }, "participants": [ { "entity": "person:x", "role": "agnet" } ] }
            """);

        Assert.Equal(
        [
            "changes.date", "changes.description", "changes.participants[0].role", "changes.properties.Title", "changes.properties.date",
            "changes.status", "changes.titel", "changes.title", "changes.type",
        ], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Did you mean 'title'?", errors["changes.titel"]);
        Assert.Contains("it can be corrected, not removed", errors["changes.title"]);
        Assert.Contains("Did you mean 'Attack'?", errors["changes.type"]);
        Assert.Contains("unknown event status 'cancelled'", errors["changes.status"]);
        Assert.Contains("day 30 is out of range for February 2026", errors["changes.date"]);
        Assert.Contains("null removes it", errors["changes.description"]);
        Assert.Contains("must be camelCase", errors["changes.properties.Title"]);
        Assert.Contains("reserved", errors["changes.properties.date"]);
        Assert.Contains("Did you mean 'agent'?", errors["changes.participants[0].role"]);
    }

    [Fact]
    public void Empty_changes_and_changes_that_are_not_an_object_are_refused()
    {
        Assert.Contains("no changes given; a statement may change: text, verbatim, date", Read(FactKind.Statement, "{}").Errors["changes"]);
        Assert.Contains("must be an object", Read(FactKind.Event, "[]").Errors["changes"]);
        Assert.Contains("must be an object", Read(FactKind.Event, """{ "properties": null }""").Errors["changes.properties"]);
    }

    [Fact]
    public void A_statement_takes_only_its_own_fields_and_its_date_can_be_removed()
    {
        var (changes, errors) = Read(FactKind.Statement, """{ "verbatim": false, "date": null }""");
        Assert.Empty(errors);
        Assert.Equal(false, changes!.Values[P.Verbatim]);
        Assert.All(DateLayout.EventDate.Names, name => Assert.True(changes.Values.ContainsKey(name) && changes.Values[name] is null));

        var wrong = Read(FactKind.Statement, """{ "title": "x", "text": null, "verbatim": "yes" }""").Errors;
        Assert.Equal(["changes.text", "changes.title", "changes.verbatim"], wrong.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Allowed: text, verbatim, date", wrong["changes.title"]);
    }

    [Fact]
    public void A_relation_s_validity_and_declared_properties_are_typed_and_its_key_property_cannot_change()
    {
        var (changes, errors) = Read(FactKind.Relation, """{ "validTo": "2019", "validFrom": null, "properties": { "status": "severed" } }""", "HAS_DIPLOMATIC_RELATIONS_WITH");
        Assert.Empty(errors);
        Assert.Equal("2019", changes!.Values[P.ValidTo]);
        Assert.Equal("YEAR", changes.Values[DateLayout.Of(P.ValidTo).Precision]);
        Assert.True(changes.Values.ContainsKey(P.ValidFrom) && changes.Values[P.ValidFrom] is null);
        Assert.Equal("severed", changes.Values["status"]);

        var key = Read(FactKind.Relation, """{ "properties": { "position": "president", "postion": "x" } }""", "HOLDS_POSITION").Errors;
        Assert.Contains("changing it would make another relation", key["changes.properties.position"]);
        Assert.Contains("Did you mean 'position'?", key["changes.properties.postion"]);
        Assert.Contains("Allowed: validFrom, validTo, properties", Read(FactKind.Relation, """{ "date": "2020" }""", "HOLDS_POSITION").Errors["changes.date"]);
    }
}
