using System.Text.Json;
using Timeline.Drafting.Scoring;

namespace Timeline.UnitTests.Drafting;

/// <summary>The scorer on documents written for the test; every expected count is worked out by hand below.</summary>
public sealed class DraftScorerTests
{
    private const string Gold = """
        {
          "source": { "id": "src:t", "title": "T", "published": "2026-03-11" },
          "entities": [ { "id": "person:ana-ruiz", "kind": "Person", "name": "Ana Ruiz", "aliases": ["Ruiz"] },
                        { "id": "person:port-officials", "kind": "Person", "name": "Port officials (unnamed)", "named": false } ],
          "events": [ { "id": "event:1", "type": "Seizure", "title": "t", "date": "2026-03-10",
                        "participants": [ { "entity": "org:navy", "role": "agent" }, { "entity": "vessel:sea-lark", "role": "target" } ] } ],
          "statements": [
            { "id": "stmt:1", "speaker": "person:ana-ruiz", "text": "We will not be intimidated", "verbatim": true, "date": "2026-03-10" },
            { "id": "stmt:2", "speaker": "person:port-officials", "text": "the ship will leave later this week", "verbatim": false,
              "date": { "earliest": "2026-03-10", "latest": "2026-03-11" } },
            { "id": "stmt:3", "speaker": "org:navy", "text": "the crew is safe", "verbatim": false, "date": null } ]
        }
        """;

    private const string Draft = """
        {
          "source": { "id": "src:t", "title": "T", "published": "2026-03-11" },
          "entities": [ { "id": "person:ruiz", "kind": "Person", "name": "Ruiz", "aliases": [] },
                        { "id": "person:officials-group", "kind": "Person", "name": "Officials (group)", "named": false } ],
          "events": [ { "id": "event:x", "type": "Seizure", "title": "t", "date": "2026-03-10",
                        "participants": [ { "entity": "org:navy", "role": "agent" }, { "entity": "place:gull-strait", "role": "location" } ] },
                      { "id": "event:y", "type": "Meeting", "title": "t", "date": "2026-03-12", "participants": [ { "entity": "org:navy", "role": "participant" } ] } ],
          "statements": [
            { "id": "stmt:a", "speaker": "person:ruiz", "text": "We will not be intimidated.", "verbatim": true, "date": "2026-03-10" },
            { "id": "stmt:b", "speaker": "person:officials-group", "text": "The ship will leave later this week, officials said", "verbatim": false,
              "date": { "earliest": "2026-03-10", "latest": "2026-03-11" } },
            { "id": "stmt:c", "speaker": "org:navy", "text": "the crew is safe", "verbatim": true, "date": null } ]
        }
        """;

    [Fact]
    public void Statements_events_links_and_dates_are_counted_as_the_definitions_say()
    {
        var score = DraftScorer.Score("t", JsonDocument.Parse(Draft).RootElement, JsonDocument.Parse(Gold).RootElement);

        // stmt:a = stmt:1 (Ruiz aligns with Ana Ruiz by alias; end punctuation aside the quotation is the same);
        // stmt:b = stmt:2 (officials ⊂ port officials; word F1 = 2·7/(10+7) ≈ 0.82); stmt:c differs from stmt:3 in verbatim.
        Assert.Equal(new Counts(2, 3, 3), score.Statements);
        // event:x = event:1: same type, pairs {navy agent, gull-strait location} vs {navy agent, sea-lark target}: F1 = 0.5, date equal.
        Assert.Equal(new Counts(1, 2, 1), score.Events);
        // graph ids: draft {org:navy, place:gull-strait}, gold {org:navy, vessel:sea-lark}
        Assert.Equal(new Counts(1, 2, 2), score.Linking);
        Assert.Equal(3, score.DatesCompared);
        Assert.Equal(3, score.DatesRight);
    }

    [Fact]
    public void A_range_and_a_month_covering_the_same_days_are_the_same_date()
    {
        var gold = Gold.Replace("\"date\": \"2026-03-10\",\n                        \"participants\"", "\"date\": \"2026-03\",\n                        \"participants\"", StringComparison.Ordinal);
        var draft = Draft.Replace("\"date\": \"2026-03-10\",\n                        \"participants\"", "\"date\": { \"earliest\": \"2026-03-01\", \"latest\": \"2026-03-31\" },\n                        \"participants\"", StringComparison.Ordinal);

        var score = DraftScorer.Score("t", JsonDocument.Parse(draft).RootElement, JsonDocument.Parse(gold).RootElement);

        Assert.Equal(1, score.Events.Matched);
    }

    [Fact]
    public void Precision_recall_and_f1_follow_their_definitions() =>
        Assert.Equal((0.5, 0.25, 1.0 / 3), (new Counts(1, 2, 4).Precision, new Counts(1, 2, 4).Recall, new Counts(1, 2, 4).F1));
}
