using System.Text.Json.Nodes;
using Timeline.Core.Ingest;

namespace Timeline.UnitTests.Ingest;

public sealed class LimitsTests
{
    private static readonly IngestLimits Small = new() { MaxItems = 3, MaxStringLength = 10, MaxIdLength = 12 };

    [Fact]
    public void Defaults_are_as_documented()
    {
        Assert.Equal(5 * 1024 * 1024, IngestLimits.Default.MaxDocumentBytes);
        Assert.Equal(20_000, IngestLimits.Default.MaxStringLength);
        Assert.Equal(10_000, IngestLimits.Default.MaxItems);
        Assert.Equal(200, IngestLimits.Default.MaxIdLength);
    }

    [Fact]
    public void Lists_over_the_item_limit_are_reported_once_at_the_list()
    {
        var doc = Minimal();
        doc["entities"] = new JsonArray(Enumerable.Range(0, 4).Select(i => (JsonNode)new JsonObject { ["id"] = $"p:{i}", ["kind"] = "Person", ["name"] = "P" }).ToArray());
        var error = Assert.Single(SampleDocument.Validate(doc, limits: Small).Errors);
        Assert.Equal(new ValidationError("$.entities", "has 4 items; the limit is 3"), error);
    }

    [Fact]
    public void Nested_lists_obey_the_item_limit_too()
    {
        var doc = Minimal();
        doc["entities"] = new JsonArray(new JsonObject { ["id"] = "p:1", ["kind"] = "Person", ["name"] = "P", ["aliases"] = new JsonArray("a", "b", "c", "d") });
        Assert.Equal("$.entities[0].aliases", Assert.Single(SampleDocument.Validate(doc, limits: Small).Errors).Path);
    }

    [Fact]
    public void Strings_and_ids_over_their_limits_are_reported()
    {
        var doc = Minimal();
        doc["source"]!["title"] = "eleven chars";
        doc["source"]!["id"] = "src:thirteen!";
        var errors = SampleDocument.Validate(doc, limits: Small).Errors;
        Assert.Contains(new ValidationError("$.source.title", "is 12 characters long; the limit is 10"), errors);
        Assert.Contains(new ValidationError("$.source.id", "id is 13 characters long; ids are at most 12"), errors);
    }

    private static JsonObject Minimal() => new() { ["source"] = new JsonObject { ["id"] = "src:x", ["title"] = "T" } };
}
