using System.Text;
using System.Text.Json.Nodes;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>A small, valid ingest document with ids unique to one test (so tests never touch each other's data),
/// to be broken or extended by the test that owns it.</summary>
internal sealed class TestDocument
{
    public string Tag { get; }

    public string SourceId { get; }
    public string Person => $"person:test-{Tag}";
    public string Country => $"country:test-{Tag}";
    public string Event => $"event:test-{Tag}";
    public string Statement => $"stmt:test-{Tag}";

    public JsonObject Json { get; }

    /// <param name="tag">Another document's tag, to describe the same entities, events and statements.</param>
    /// <param name="sourceSuffix">Makes the source id differ from that other document's.</param>
    public TestDocument(string? tag = null, string sourceSuffix = "")
    {
        Tag = tag ?? TestIds.New("").Replace("test-", "");
        SourceId = $"src:test-{Tag}{sourceSuffix}";
        Json = new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = SourceId, ["title"] = $"Test report {Tag}", ["published"] = "2026-01-09", ["language"] = "en" },
            ["entities"] = new JsonArray
            {
                new JsonObject { ["id"] = Person, ["kind"] = "Person", ["name"] = "Nicolás Tester", ["aliases"] = new JsonArray("Nicolas Tester") },
                new JsonObject { ["id"] = Country, ["kind"] = "Country", ["name"] = $"Testland {Tag}" },
            },
            ["events"] = new JsonArray
            {
                new JsonObject
                {
                    ["id"] = Event, ["type"] = "Meeting", ["title"] = "A test meeting", ["date"] = "2025-12",
                    ["participants"] = new JsonArray(new JsonObject { ["entity"] = Person, ["role"] = "participant" }),
                    ["excerpt"] = "met in December",
                },
            },
            ["statements"] = new JsonArray
            {
                new JsonObject
                {
                    ["id"] = Statement, ["speaker"] = Person, ["text"] = "MATCH (n) DETACH DELETE n", ["verbatim"] = true,
                    ["date"] = new JsonObject { ["earliest"] = "2026-01-03", ["latest"] = "2026-01-08" },
                    ["about"] = new JsonArray(Country, Event), ["excerpt"] = "he said",
                },
            },
            ["relations"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "HOLDS_POSITION", ["from"] = Person, ["to"] = Country,
                    ["properties"] = new JsonObject { ["position"] = "minister" },
                    ["validFrom"] = "2019", ["validTo"] = null, ["excerpt"] = "the minister",
                },
            },
        };
    }

    public JsonArray Array(string name) => Json[name]!.AsArray();

    public byte[] Bytes() => Encoding.UTF8.GetBytes(Json.ToJsonString());

    public IEnumerable<string> Ids => [SourceId, Person, Country, Event, Statement];
}
