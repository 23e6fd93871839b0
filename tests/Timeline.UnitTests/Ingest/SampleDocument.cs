using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Core.Ingest;
using Timeline.Core.Ontology;

namespace Timeline.UnitTests.Ingest;

/// <summary>A complete valid document drawn from the seed article; tests break one thing at a time.</summary>
internal static class SampleDocument
{
    public const string Json = """
        {
          "source": { "id": "src:caracas-2026-01-09", "title": "US State Department officials visit Caracas",
                      "published": "2026-01-09", "publisher": null, "url": "https://example.org/caracas", "language": "en" },
          "entities": [
            { "id": "person:delcy-rodriguez", "kind": "Person", "name": "Delcy Rodríguez",
              "aliases": ["Rodriguez", "Delcy Rodriguez", "Rodriguez"], "description": "Interim president of Venezuela.",
              "properties": { "nationality": "Venezuelan" } },
            { "id": "person:nicolas-maduro", "kind": "Person", "name": "Nicolás Maduro", "properties": { "born": "1962-11-23" } },
            { "id": "country:venezuela", "kind": "Country", "name": "Venezuela", "properties": { "isoCode": "VE" } },
            { "id": "gov:venezuela", "kind": "Government", "name": "Government of Venezuela", "properties": { "orgType": "executive" } },
            { "id": "org:us-military", "kind": "Organization", "name": "US military" },
            { "id": "vessel:fifth-tanker", "kind": "Vessel", "name": "fifth seized oil tanker", "named": false,
              "properties": { "vesselType": "oil tanker" } }
          ],
          "events": [
            { "id": "event:maduro-abduction", "type": "Abduction", "title": "US military abducts Nicolás Maduro",
              "date": { "earliest": "2026-01-03", "latest": "2026-01-08" },
              "participants": [ { "entity": "org:us-military", "role": "agent" }, { "entity": "person:nicolas-maduro", "role": "target" } ],
              "excerpt": "less than a week after the military abduction of Nicolas Maduro", "properties": { "casualties": 0, "tags": ["raid"] } },
            { "id": "event:tanker-seizure", "type": "Seizure", "status": "ongoing", "title": "Fifth tanker seized", "date": "2026-01-09T14:30Z",
              "participants": [ { "entity": "vessel:fifth-tanker", "role": "target" }, { "entity": "country:united-states", "role": "agent" } ] }
          ],
          "statements": [
            { "id": "stmt:peace-and-dialogue", "speaker": "person:delcy-rodriguez", "text": "Our people and region deserve peace and dialogue, not war.",
              "verbatim": true, "date": "2026-01-09", "about": ["country:united-states", "event:maduro-abduction"], "excerpt": "she said" },
            { "id": "stmt:review-process", "speaker": "gov:venezuela", "text": "Begin a review process of a diplomatic nature.",
              "about": ["stmt:peace-and-dialogue"] }
          ],
          "relations": [
            { "type": "HOLDS_POSITION", "from": "person:delcy-rodriguez", "to": "country:venezuela",
              "properties": { "position": "interim president" },
              "validFrom": { "earliest": "2026-01-05", "latest": "2026-01-09" }, "validTo": null, "excerpt": "became interim president" },
            { "type": "HAS_DIPLOMATIC_RELATIONS_WITH", "from": "country:united-states", "to": "country:venezuela",
              "properties": { "status": "severed" }, "validFrom": "1999", "validTo": "2019" },
            { "type": "HOLDS_POSITION", "from": "person:delcy-rodriguez", "to": "gov:venezuela", "properties": { "position": "interim president" } }
          ]
        }
        """;

    public static JsonObject Node() => JsonNode.Parse(Json)!.AsObject();

    public static ValidationResult Validate(JsonNode document, OntologyModel? ontology = null, IngestLimits? limits = null)
    {
        var validator = new DocumentValidator(ontology ?? OntologyModel.Default, limits ?? IngestLimits.Default);
        return validator.Validate(Encoding.UTF8.GetBytes(document.ToJsonString()));
    }

    public static ValidationResult Validate(string json) =>
        new DocumentValidator(OntologyModel.Default).Validate(JsonDocument.Parse(json).RootElement);

    public static JsonObject At(this JsonObject doc, string section, int index) => doc[section]![index]!.AsObject();
}
