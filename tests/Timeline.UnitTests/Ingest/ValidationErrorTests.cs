using System.Text.Json.Nodes;

namespace Timeline.UnitTests.Ingest;

/// <summary>One broken thing per case; each must be reported at its JSON path with a message that says what is wrong.</summary>
public sealed class ValidationErrorTests
{
    private sealed record Case(Action<JsonObject> Break, string Path, string Message);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // JSON types
        ["source not an object"] = new(d => d["source"] = "src:x", "$.source", "must be an object, got a string"),
        ["entities not an array"] = new(d => d["entities"] = new JsonObject(), "$.entities", "must be an array, got an object"),
        ["entity not an object"] = new(d => d["entities"]![1] = 42, "$.entities[1]", "must be an object, got a number"),
        ["name not a string"] = new(d => d.At("entities", 0)["name"] = true, "$.entities[0].name", "must be a string, got a boolean"),
        ["aliases not a list"] = new(d => d.At("entities", 0)["aliases"] = "Rodriguez", "$.entities[0].aliases", "must be an array, got a string"),
        ["alias not a string"] = new(d => d.At("entities", 0)["aliases"]![1] = 7, "$.entities[0].aliases[1]", "must be a string, got a number"),
        ["named not a bool"] = new(d => d.At("entities", 5)["named"] = "no", "$.entities[5].named", "must be true or false, got a string"),
        ["verbatim not a bool"] = new(d => d.At("statements", 0)["verbatim"] = "yes", "$.statements[0].verbatim", "must be true or false"),
        ["date not a date shape"] = new(d => d.At("events", 1)["date"] = 2026, "$.events[1].date", "must be a date such as \"2026-01-09\""),
        // missing or empty required fields
        ["source missing"] = new(d => d.Remove("source"), "$.source", "is required"),
        ["source id missing"] = new(d => d["source"]!.AsObject().Remove("id"), "$.source.id", "is required"),
        ["source title empty"] = new(d => d["source"]!["title"] = "  ", "$.source.title", "must not be empty"),
        ["entity id missing"] = new(d => d.At("entities", 2).Remove("id"), "$.entities[2].id", "is required"),
        ["entity kind null"] = new(d => d.At("entities", 2)["kind"] = null, "$.entities[2].kind", "is required"),
        ["entity name empty"] = new(d => d.At("entities", 2)["name"] = "", "$.entities[2].name", "must not be empty"),
        ["event type missing"] = new(d => d.At("events", 0).Remove("type"), "$.events[0].type", "is required"),
        ["event title missing"] = new(d => d.At("events", 0).Remove("title"), "$.events[0].title", "is required"),
        ["event date missing"] = new(d => d.At("events", 0).Remove("date"), "$.events[0].date", "is required"),
        ["statement speaker missing"] = new(d => d.At("statements", 0).Remove("speaker"), "$.statements[0].speaker", "is required"),
        ["statement text empty"] = new(d => d.At("statements", 0)["text"] = "", "$.statements[0].text", "must not be empty"),
        ["relation from missing"] = new(d => d.At("relations", 0).Remove("from"), "$.relations[0].from", "is required"),
        ["relation type missing"] = new(d => d.At("relations", 0).Remove("type"), "$.relations[0].type", "is required"),
        ["participant role missing"] = new(d => d.At("events", 0)["participants"]![0]!.AsObject().Remove("role"), "$.events[0].participants[0].role", "is required"),
        // unknown names
        ["unknown kind"] = new(d => d.At("entities", 0)["kind"] = "Persn", "$.entities[0].kind",
            "unknown kind 'Persn'. Did you mean 'Person'? Allowed: Person, Organization, Government, Country, Place, Vessel."),
        ["unknown kind, wrong case"] = new(d => d.At("entities", 0)["kind"] = "person", "$.entities[0].kind", "Did you mean 'Person'?"),
        ["unknown event type"] = new(d => d.At("events", 0)["type"] = "Kidnapping", "$.events[0].type", "unknown event type 'Kidnapping'. Allowed: MilitaryOperation, Abduction,"),
        ["unknown event status"] = new(d => d.At("events", 0)["status"] = "called off", "$.events[0].status",
            "unknown event status 'called off'. Did you mean 'called-off'? Allowed: occurred, ongoing, announced, planned, called-off."),
        ["event status not a string"] = new(d => d.At("events", 0)["status"] = 3, "$.events[0].status", "must be a string"),
        ["event property named status"] = new(d => d.At("events", 0)["properties"] = new JsonObject { ["status"] = "planned" }, "$.events[0].properties.status",
            "property name 'status' is reserved for the event's own fields"),
        ["unknown role"] = new(d => d.At("events", 0)["participants"]![0]!["role"] = "agnet", "$.events[0].participants[0].role", "unknown role 'agnet'. Did you mean 'agent'?"),
        ["unknown relation type"] = new(d => d.At("relations", 0)["type"] = "HOLDS_OFFICE", "$.relations[0].type", "unknown relation type 'HOLDS_OFFICE'"),
        ["unknown field"] = new(d => d.At("events", 0)["participant"] = new JsonArray(), "$.events[0].participant", "unknown field 'participant'. Did you mean 'participants'?"),
        ["unknown top-level field"] = new(d => d["entites"] = new JsonArray(), "$.entites", "Did you mean 'entities'?"),
        // dates
        ["malformed date"] = new(d => d.At("events", 1)["date"] = "2026-02-30", "$.events[1].date", "'2026-02-30' is not a valid date: day 30 is out of range for February 2026"),
        ["time without zone"] = new(d => d.At("events", 1)["date"] = "2026-01-09T14:30", "$.events[1].date", "has no zone"),
        ["range backwards"] = new(d => d.At("events", 0)["date"] = new JsonObject { ["earliest"] = "2026-01-09", ["latest"] = "2026-01-03" },
            "$.events[0].date", "earliest 2026-01-09 is after latest 2026-01-03"),
        ["range end malformed"] = new(d => d.At("events", 0)["date"]!["latest"] = "2026-13", "$.events[0].date.latest", "month 13 is out of range"),
        ["range end missing"] = new(d => d.At("events", 0)["date"]!.AsObject().Remove("latest"), "$.events[0].date.latest", "is required"),
        ["source published malformed"] = new(d => d["source"]!["published"] = "9 Jan 2026", "$.source.published", "not a valid date"),
        ["statement date malformed"] = new(d => d.At("statements", 0)["date"] = "2025-02-29", "$.statements[0].date", "2025 is not a leap year"),
        ["validFrom malformed"] = new(d => d.At("relations", 1)["validFrom"] = "19999", "$.relations[1].validFrom", "outside 0001–9999"),
        ["validFrom after validTo"] = new(d => d.At("relations", 1)["validFrom"] = "2020", "$.relations[1].validFrom", "validFrom 2020 is after validTo 2019"),
        // ids
        ["duplicate entity id"] = new(d => d.At("entities", 2)["id"] = "person:delcy-rodriguez", "$.entities[2].id",
            "duplicate id 'person:delcy-rodriguez'; it is already defined at $.entities[0].id"),
        ["event reuses an entity id"] = new(d => d.At("events", 1)["id"] = "gov:venezuela", "$.events[1].id", "already defined at $.entities[3].id"),
        ["statement reuses the source id"] = new(d => d.At("statements", 1)["id"] = "src:caracas-2026-01-09", "$.statements[1].id", "already defined at $.source.id"),
        ["id not a string"] = new(d => d.At("entities", 0)["id"] = 12, "$.entities[0].id", "must be a string id, got a number"),
        ["id blank"] = new(d => d.At("entities", 0)["id"] = " ", "$.entities[0].id", "id must not be empty"),
        ["id with control character"] = new(d => d.At("entities", 0)["id"] = "person:a\nb", "$.entities[0].id", "control characters (found U+000A)"),
        ["id with surrounding whitespace"] = new(d => d.At("entities", 0)["id"] = "person:x ", "$.entities[0].id", "must not start or end with whitespace"),
        ["id too long"] = new(d => d.At("entities", 0)["id"] = new string('x', 201), "$.entities[0].id", "id is 201 characters long; ids are at most 200"),
        ["reference not a string"] = new(d => d.At("statements", 0)["about"]![0] = 3, "$.statements[0].about[0]", "must be a string id"),
        // properties
        ["unknown entity property"] = new(d => d.At("entities", 0)["properties"]!["nationalty"] = "x", "$.entities[0].properties.nationalty",
            "unknown property 'nationalty' of Person. Did you mean 'nationality'? Allowed: born, nationality."),
        ["entity property of the wrong type"] = new(d => d.At("entities", 1)["properties"]!["born"] = 1962.5, "$.entities[1].properties.born", "must be a date"),
        ["string property given a number"] = new(d => d.At("entities", 2)["properties"]!["isoCode"] = 58, "$.entities[2].properties.isoCode", "must be a string, got a number"),
        ["inherited property checked on the subkind"] = new(d => d.At("entities", 3)["properties"]!["orgType"] = new JsonArray(), "$.entities[3].properties.orgType", "must be a string"),
        ["properties not an object"] = new(d => d.At("entities", 0)["properties"] = new JsonArray(), "$.entities[0].properties", "must be an object, got an array"),
        ["unknown relation property"] = new(d => d.At("relations", 0)["properties"]!["title"] = "x", "$.relations[0].properties.title", "unknown property 'title' of HOLDS_POSITION"),
        ["required relation property missing"] = new(d => d.At("relations", 0)["properties"]!.AsObject().Remove("position"),
            "$.relations[0].properties.position", "required property 'position' of HOLDS_POSITION is missing"),
        ["required relation property, no properties"] = new(d => d.At("relations", 2).Remove("properties"),
            "$.relations[2].properties.position", "required property 'position' of HOLDS_POSITION is missing"),
        ["event property nested object"] = new(d => d.At("events", 0)["properties"]!["where"] = new JsonObject(), "$.events[0].properties.where",
            "must be a string, number, boolean or list of strings, got an object"),
        ["event property not camelCase"] = new(d => d.At("events", 0)["properties"]!["Death Toll"] = 3, "$.events[0].properties['Death Toll']", "must be camelCase"),
        ["event property reserved"] = new(d => d.At("events", 0)["properties"]!["earliest"] = "x", "$.events[0].properties.earliest", "reserved"),
        // references and kinds
        ["relation between kinds not allowed"] = new(d => d.At("relations", 0)["from"] = "vessel:fifth-tanker", "$.relations[0]",
            "HOLDS_POSITION cannot join Vessel 'vessel:fifth-tanker' to Country 'country:venezuela'; it joins Person → Organization, Country"),
        ["relation to itself"] = new(d => d.At("relations", 0)["to"] = "person:delcy-rodriguez", "$.relations[0].to", "cannot join 'person:delcy-rodriguez' to itself"),
        ["participant is an event"] = new(d => d.At("events", 1)["participants"]![0]!["entity"] = "event:maduro-abduction",
            "$.events[1].participants[0].entity", "must refer to an entity, but 'event:maduro-abduction' is an event ('event:maduro-abduction' is defined at $.events[0].id)"),
        ["speaker is a statement"] = new(d => d.At("statements", 1)["speaker"] = "stmt:peace-and-dialogue", "$.statements[1].speaker", "is a statement"),
        ["relation end is an event"] = new(d => d.At("relations", 0)["to"] = "event:tanker-seizure", "$.relations[0].to", "must refer to an entity"),
        ["about is the source"] = new(d => d.At("statements", 0)["about"]![0] = "src:caracas-2026-01-09", "$.statements[0].about[0]", "must not refer to a source"),
        ["duplicate participant"] = new(d => d.At("events", 0)["participants"]!.AsArray().Add(new JsonObject { ["entity"] = "org:us-military", ["role"] = "agent" }),
            "$.events[0].participants[2]", "'org:us-military' is already listed as agent at $.events[0].participants[0]"),
        // source fields
        ["source url not absolute"] = new(d => d["source"]!["url"] = "example.org/x", "$.source.url", "not an absolute http(s) URL"),
        ["source language malformed"] = new(d => d["source"]!["language"] = "English!", "$.source.language", "not a language tag"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Reports_the_error_at_its_path(string name)
    {
        var (breakIt, path, message) = Cases[name];
        var doc = SampleDocument.Node();
        breakIt(doc);
        var result = SampleDocument.Validate(doc);
        Assert.False(result.IsValid);
        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_reported_at_the_root()
    {
        var error = Assert.Single(SampleDocument.Validate("[1, 2]").Errors);
        Assert.Equal(new Timeline.Core.Ingest.ValidationError("$", "must be an object, got an array"), error);
    }

    [Fact]
    public void A_repeated_field_is_reported()
    {
        var result = SampleDocument.Validate("""{ "source": { "id": "src:a", "id": "src:b", "title": "T" } }""");
        Assert.Equal("$.source.id", Assert.Single(result.Errors).Path);
        Assert.Contains("appears more than once", result.Errors[0].Message);
    }
}
