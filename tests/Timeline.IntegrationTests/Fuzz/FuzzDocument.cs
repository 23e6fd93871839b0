using System.Text.Json.Nodes;

namespace Timeline.IntegrationTests.Fuzz;

/// <summary>A valid ingest document with one payload planted in every free-text field (and, where ids allow it, in the ids):
/// it must be stored and read back verbatim, and nothing else in the graph may change.</summary>
internal sealed class FuzzDocument
{
    public FuzzDocument(string tag, string payload)
    {
        Payload = payload;
        var idSafe = !payload.Any(char.IsControl) && !char.IsWhiteSpace(payload[0]) && !char.IsWhiteSpace(payload[^1]) && payload.Length < 100;
        var suffix = idSafe ? "-" + payload : "";
        SourceId = $"src:fuzz-{tag}{suffix}";
        Person = $"person:fuzz-{tag}{suffix}";
        Country = $"country:fuzz-{tag}";
        Event = $"event:fuzz-{tag}{suffix}";
        Statement = $"stmt:fuzz-{tag}{suffix}";
        Url = "https://example.test/?q=" + Uri.EscapeDataString(payload);
        Json = new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = SourceId, ["title"] = payload, ["published"] = "2026-01-09", ["publisher"] = payload, ["url"] = Url, ["language"] = "en" },
            ["entities"] = new JsonArray(
                new JsonObject { ["id"] = Person, ["kind"] = "Person", ["name"] = payload, ["aliases"] = new JsonArray(payload, "alias " + payload), ["description"] = payload },
                new JsonObject { ["id"] = Country, ["kind"] = "Country", ["name"] = "Country " + payload, ["description"] = payload }),
            ["events"] = new JsonArray(new JsonObject
            {
                ["id"] = Event, ["type"] = "Meeting", ["title"] = payload, ["description"] = payload, ["date"] = "2026-01-05",
                ["participants"] = new JsonArray(new JsonObject { ["entity"] = Person, ["role"] = "participant" }),
                ["excerpt"] = payload, ["properties"] = new JsonObject { ["note"] = payload },
            }),
            ["statements"] = new JsonArray(new JsonObject
            {
                ["id"] = Statement, ["speaker"] = Person, ["text"] = payload, ["verbatim"] = true, ["date"] = "2026-01-06",
                ["about"] = new JsonArray(Country, Event), ["excerpt"] = payload,
            }),
            ["relations"] = new JsonArray(new JsonObject
            {
                ["type"] = "HOLDS_POSITION", ["from"] = Person, ["to"] = Country,
                ["properties"] = new JsonObject { ["position"] = payload }, ["validFrom"] = "2019", ["excerpt"] = payload,
            }),
        };
    }

    public string Payload { get; }
    public string SourceId { get; }
    public string Person { get; }
    public string Country { get; }
    public string Event { get; }
    public string Statement { get; }
    public string Url { get; }
    public JsonObject Json { get; }

    public IReadOnlyList<string> Ids => [SourceId, Person, Country, Event, Statement];

    /// <summary>PARTICIPANT, REPORTED_IN ×2, SAID, ABOUT ×2, HOLDS_POSITION.</summary>
    public const int Relationships = 7;
}
