using System.Text;
using System.Text.Json.Nodes;
using Timeline.Drafting;

namespace Timeline.UnitTests.Drafting;

/// <summary>The file `timeline draft` writes is what `timeline ingest` reads.</summary>
public sealed class DraftEnvelopeTests
{
    [Fact]
    public void An_envelope_unwraps_to_its_document_and_counts_its_notes()
    {
        var document = new JsonObject { ["source"] = new JsonObject { ["id"] = "src:x", ["title"] = "T" } };
        var text = DraftEnvelope.Write(new Draft(document, [new DraftNote("$.source.title", 0.7, "from the first line")]));

        Assert.True(DraftEnvelope.TryUnwrap(Encoding.UTF8.GetBytes(text), out var inner, out var notes));
        Assert.Equal(1, notes);
        Assert.Equal("src:x", JsonNode.Parse(inner)!["source"]!["id"]!.GetValue<string>());
        Assert.Contains("“", DraftEnvelope.Write(new Draft(new JsonObject { ["t"] = "“x”" }, [])), StringComparison.Ordinal); // readable, not \u201C
    }

    [Theory]
    [InlineData("""{"source": {}, "entities": []}""")]
    [InlineData("""{"document": {}, "notes": [], "extra": 1}""")]
    [InlineData("""{"document": [], "notes": []}""")]
    [InlineData("""not json""")]
    public void Anything_else_is_left_to_the_validator(string json) =>
        Assert.False(DraftEnvelope.TryUnwrap(Encoding.UTF8.GetBytes(json), out _, out _));

    [Theory]
    [InlineData("$.entities[1].kind", "$.document.entities[1].kind")]
    [InlineData("$", "$.document")]
    public void Error_paths_point_into_the_envelope(string path, string expected) =>
        Assert.Equal(expected, DraftEnvelope.PathInEnvelope(path));
}
