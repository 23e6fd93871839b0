namespace Timeline.UnitTests.Ingest;

public sealed class ManyErrorsTests
{
    [Fact]
    public void Every_error_in_a_document_is_reported_at_once()
    {
        const string json = """
            {
              "source": { "id": "", "title": 5, "published": "2026-02-30" },
              "entities": [
                { "id": "person:a", "kind": "Persn", "name": "A", "aliases": ["ok", ""] },
                { "id": "person:a", "kind": "Person", "name": "A again", "properties": { "height": 1.8 } },
                { "id": "place:b", "kind": "Place" },
                { "id": "country:c", "kind": "Country", "name": "C" }
              ],
              "events": [
                { "id": "event:x", "type": "Coup", "title": "X", "date": "2026-01-09T14:30",
                  "participants": [ { "entity": "event:x", "role": "villain" } ] }
              ],
              "statements": [ { "id": "stmt:s", "speaker": "person:nobody", "text": "", "verbatim": "yes" } ],
              "relations": [
                { "type": "FLAG_STATE", "from": "place:b", "to": "country:c", "validFrom": "2020", "validTo": "2019" },
                { "type": "HOLDS_POSITION", "from": "country:c", "to": "place:b" }
              ],
              "extra": true
            }
            """;
        var result = SampleDocument.Validate(json);

        string[] expectedPaths =
        [
            "$.extra",
            "$.source.id", "$.source.title", "$.source.published",
            "$.entities[0].kind", "$.entities[0].aliases[1]",
            "$.entities[1].id", "$.entities[1].properties.height",
            "$.entities[2].name",
            "$.events[0].type", "$.events[0].date", "$.events[0].participants[0].role",
            "$.statements[0].text", "$.statements[0].verbatim",
            "$.relations[0].validFrom", "$.relations[0]",
            "$.relations[1].properties.position", "$.relations[1]",
            "$.events[0].participants[0].entity",
        ];
        Assert.Equal(expectedPaths.Order(), result.Errors.Select(e => e.Path).Order());
        Assert.Null(result.Document);
        // An undefined speaker is not an error yet: it may exist in the graph.
        Assert.Equal(["person:nobody"], result.ExternalReferences);
    }
}
