using System.Text.Json.Nodes;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Drafting;

/// <summary>An article and the graph entities it mentions, with names unique to one test (a tag inside each name), so
/// that tests drafting and linking in parallel never see each other's entities.</summary>
internal sealed class TaggedArticle
{
    public TaggedArticle()
    {
        Tag = TestIds.New("").Replace("test-", "", StringComparison.Ordinal);
        Surname = $"Zv{Tag}";
        Country = $"Arv{Tag}";
        Text = $"""
            Tanker seized near Port Vel{Tag}

            “We will not back down,” Foreign Minister Mirela {Surname} said on Tuesday.
            {Country} seized the oil tanker Sea Lark{Tag} near Port Vel{Tag} on Monday, according to the Coastal Authority Cx{Tag}.
            {Surname} said the crew of the Sea Lark{Tag} was safe.
            """;
    }

    public string Tag { get; }

    public string Surname { get; }

    public string Country { get; }

    public string Text { get; }

    public string PersonId => $"person:mirela-{Tag}";
    public string NamesakeId => $"person:dana-{Tag}";
    public string CountryId => $"country:arv-{Tag}";
    public string GovernmentId => $"gov:arv-{Tag}";
    public string PlaceId => $"place:port-vel-{Tag}";
    public string KnownSourceId => $"src:test-known-{Tag}";

    public IEnumerable<string> KnownIds => [PersonId, NamesakeId, CountryId, GovernmentId, PlaceId, KnownSourceId];

    /// <summary>What the graph holds before the article is drafted: the minister (and a namesake who shares her
    /// surname), the country and its government, the port — written with an accent the article leaves out.</summary>
    public JsonObject KnownEntities() => new()
    {
        ["source"] = new JsonObject { ["id"] = KnownSourceId, ["title"] = $"Known entities {Tag}", ["published"] = "2026-01-01" },
        ["entities"] = new JsonArray
        {
            Entity(PersonId, "Person", $"Mirela {Surname}", Surname),
            Entity(NamesakeId, "Person", $"Dana {Surname}", Surname),
            Entity(CountryId, "Country", Country),
            Entity(GovernmentId, "Government", $"Government of {Country}", $"{Country}n government"),
            Entity(PlaceId, "Place", $"Port Vél{Tag}"),
        },
    };

    /// <summary>The ids a (drafted) document declares: its source, entities, events and statements — what a test owns
    /// once it has ingested it.</summary>
    public static IEnumerable<string> IdsOf(System.Text.Json.JsonElement document) =>
        new[] { "entities", "events", "statements" }.SelectMany(s => document.GetProperty(s).EnumerateArray().Select(x => x.GetProperty("id").GetString()!))
            .Append(document.GetProperty("source").GetProperty("id").GetString()!);

    /// <inheritdoc cref="IdsOf(System.Text.Json.JsonElement)"/>
    public static IEnumerable<string> IdsOf(JsonNode document) => IdsOf(System.Text.Json.JsonSerializer.SerializeToElement(document));

    private static JsonObject Entity(string id, string kind, string name, params string[] aliases)
    {
        var list = new JsonArray();
        foreach (var a in aliases) list.Add(a);
        return new JsonObject { ["id"] = id, ["kind"] = kind, ["name"] = name, ["aliases"] = list };
    }
}
