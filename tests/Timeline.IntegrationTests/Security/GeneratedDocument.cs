using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Security;

/// <summary>A valid ingest document of any size, with ids unique to one test: <paramref name="entities"/> people, events
/// that each involve two of them, statements and HOLDS_POSITION relations. Large ones make an ingest take long enough
/// to be interrupted mid-way.</summary>
internal sealed class GeneratedDocument
{
    public GeneratedDocument(int entities, int events, string? tag = null, IReadOnlyList<string>? sharedEntities = null)
    {
        Tag = tag ?? TestIds.New("").Replace("test-", "");
        SourceId = $"src:gen-{Tag}";
        var people = Enumerable.Range(0, entities).Select(i => $"person:gen-{Tag}-{i}").ToList();
        var country = $"country:gen-{Tag}";
        var known = people.Concat(sharedEntities ?? []).ToList();
        EntityIds = [.. people, country];
        EventIds = Enumerable.Range(0, events).Select(i => $"event:gen-{Tag}-{i}").ToList();
        StatementIds = Enumerable.Range(0, Math.Max(1, events / 4)).Select(i => $"stmt:gen-{Tag}-{i}").ToList();
        Json = new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = SourceId, ["title"] = $"Generated report {Tag}", ["published"] = "2026-01-09", ["language"] = "en" },
            ["entities"] = new JsonArray([
                .. people.Select((id, i) => (JsonNode)new JsonObject
                {
                    ["id"] = id, ["kind"] = "Person", ["name"] = $"Generated Person {Tag} {i}",
                    ["aliases"] = new JsonArray($"GP {i}"), ["description"] = $"Person number {i} of a generated report.",
                }),
                new JsonObject { ["id"] = country, ["kind"] = "Country", ["name"] = $"Generated Country {Tag}" },
            ]),
            ["events"] = new JsonArray([.. EventIds.Select((id, i) => (JsonNode)new JsonObject
            {
                ["id"] = id, ["type"] = "Meeting", ["title"] = $"Generated meeting {i}", ["date"] = $"2025-{1 + i % 12:00}-{1 + i % 28:00}",
                ["participants"] = new JsonArray(
                    new JsonObject { ["entity"] = known[i % known.Count], ["role"] = "participant" },
                    new JsonObject { ["entity"] = known[(i + 1) % known.Count], ["role"] = "participant" },
                    new JsonObject { ["entity"] = country, ["role"] = "location" }),
                ["excerpt"] = $"they met ({i})",
            })]),
            ["statements"] = new JsonArray([.. StatementIds.Select((id, i) => (JsonNode)new JsonObject
            {
                ["id"] = id, ["speaker"] = known[i % known.Count], ["text"] = $"Generated statement {i}.", ["verbatim"] = i % 2 == 0,
                ["date"] = "2026-01-08", ["about"] = new JsonArray(country, EventIds.Count > 0 ? EventIds[i % EventIds.Count] : country),
                ["excerpt"] = $"said ({i})",
            })]),
            ["relations"] = new JsonArray([.. people.Select((id, i) => (JsonNode)new JsonObject
            {
                ["type"] = "HOLDS_POSITION", ["from"] = id, ["to"] = country,
                ["properties"] = new JsonObject { ["position"] = $"office {i % 5}" }, ["validFrom"] = "2019", ["excerpt"] = "in office",
            })]),
        };
    }

    public string Tag { get; }

    public string SourceId { get; }

    public IReadOnlyList<string> EntityIds { get; }

    public IReadOnlyList<string> EventIds { get; }

    public IReadOnlyList<string> StatementIds { get; }

    public JsonObject Json { get; }

    /// <summary>Every id the document defines (its source included).</summary>
    public IEnumerable<string> Ids => [SourceId, .. EntityIds, .. EventIds, .. StatementIds];

    public JsonElement Variable() => JsonDocument.Parse(Json.ToJsonString()).RootElement;

    public byte[] Bytes() => Encoding.UTF8.GetBytes(Json.ToJsonString());
}
