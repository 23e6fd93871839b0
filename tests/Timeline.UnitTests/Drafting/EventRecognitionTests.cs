using System.Text.Json.Nodes;
using Timeline.Drafting;

namespace Timeline.UnitTests.Drafting;

/// <summary>Events from verbs of the ontology's event types, with participants in roles from the sentence's structure.</summary>
public sealed class EventRecognitionTests
{
    private const string Published = "2026-03-11"; // a Wednesday

    [Fact]
    public void A_seizure_has_its_agent_target_and_location_and_the_sentence_as_excerpt()
    {
        const string sentence = "The Coastal Navy seized the oil tanker Sea Lark in the Gull Strait on Tuesday.";
        var d = Drafts.Of("Title line\n\n" + sentence, Published);

        var ev = Assert.Single(d.Events());
        Assert.Equal("Seizure", ev.Str("type"));
        Assert.Equal("2026-03-10", ev.DateText());
        Assert.Equal(sentence, ev.Str("excerpt"));
        Assert.Equal(
            [("agent", "Coastal Navy"), ("target", "Sea Lark"), ("location", "Gull Strait")],
            Participants(d, ev));
    }

    [Fact]
    public void A_passive_clause_makes_its_subject_the_target_and_by_the_agent()
    {
        var d = Drafts.Of("Title line\n\nEleven fishermen were detained by the Coastal Navy on Monday.", Published);

        var ev = Assert.Single(d.Events());
        Assert.Equal("Detention", ev.Str("type"));
        Assert.Equal([("target", "Eleven fishermen (group)"), ("agent", "Coastal Navy")], Participants(d, ev));
        Assert.Equal("2026-03-09", ev.DateText());
    }

    [Fact]
    public void A_future_meeting_is_dated_on_the_coming_day_and_its_subject_is_a_participant()
    {
        var d = Drafts.Of("Title line\n\nThe Council of Northern States will hold an emergency meeting in Geneva on Friday.", Published);

        var ev = Assert.Single(d.Events());
        Assert.Equal("Meeting", ev.Str("type"));
        Assert.Equal("2026-03-13", ev.DateText());
        Assert.Equal([("participant", "Council of Northern States"), ("location", "Geneva")], Participants(d, ev));
    }

    [Fact]
    public void An_event_a_week_after_another_dates_the_earlier_one_from_the_later()
    {
        var d = Drafts.Of("Title line\n\nThe Coastal Navy released eleven fishermen yesterday, a week after it detained them near the Gull Islands.", Published);

        Assert.Equal("2026-03-10", d.Events().Single(e => e.Str("type") == "Release").DateText());
        Assert.Equal("2026-03-03", d.Events().Single(e => e.Str("type") == "Detention").DateText());
    }

    [Theory]
    [InlineData("Pavel Dorin has refused to recognise the result.")]
    [InlineData("Consular officials could visit them in Estara next week.")]
    [InlineData("The minister struck a different tone.")]
    [InlineData("The seized tanker remains in port.")]
    public void Refusals_possibilities_and_adjectives_are_not_events(string sentence) =>
        Assert.Empty(Drafts.Of("Title line\n\n" + sentence, Published).Events());

    [Fact]
    public void An_event_the_text_gives_no_date_and_nothing_bounds_is_left_out_with_a_note()
    {
        var d = Drafts.Of("Title line\n\nThe Coastal Navy seized the tanker Sea Lark.", Published);

        Assert.Empty(d.Events());
        Assert.Contains(d.Notes, n => n.Path == "$.events" && n.Message.Contains("no date", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undated_event_is_bounded_by_the_articles_first_date_and_publication()
    {
        var d = Drafts.Of("Title line\n\nThe Coastal Navy seized the tanker Sea Lark on Monday.\n\nThe Defence Ministry deployed two frigates.", Published);

        var deployment = d.Events().Single(e => e.Str("type") == "Deployment");
        Assert.Equal("2026-03-09/2026-03-11", deployment.DateText());
        Assert.Contains(d.Notes, n => n.Path == $"$.events[{d.Events().IndexOf(deployment)}].date" && n.Message.Contains("first date", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_that_acts_is_linked_to_its_government_when_the_graph_has_one()
    {
        var known = new Timeline.Drafting.Linking.KnownEntityCatalog();
        known.Add("country:arvenia", "Arvenia", "Country", []);
        known.Add("gov:arvenia", "Government of Arvenia", "Government", ["Arvenian government"]);
        var d = Drafts.Of("Title line\n\nArvenia released the tanker Sea Lark on Monday.", Published, known);

        var ev = Assert.Single(d.Events());
        Assert.Equal("gov:arvenia", ev!["participants"]![0]!.Str("entity"));
        Assert.Equal("agent", ev["participants"]![0]!.Str("role"));
    }

    private static (string Role, string Name)[] Participants(Draft d, JsonNode? ev) =>
        ev!["participants"]!.AsArray().Select(p => (p.Str("role"), d.NameOf(p.Str("entity")))).ToArray();
}
