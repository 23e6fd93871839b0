using System.Text;
using Timeline.Core.Ingest;
using Timeline.Core.Ontology;

namespace Timeline.UnitTests.Ingest;

public sealed class RawJsonTests
{
    private static readonly DocumentValidator Validator = new(OntologyModel.Default);

    private static ValidationResult Validate(string json) => Validator.Validate(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Invalid_json_is_one_error_at_the_root_with_line_and_position()
    {
        var error = Assert.Single(Validate("{\n  \"source\": {\n    \"id\" \"src:x\"\n  }\n}").Errors);
        Assert.Equal("$", error.Path);
        Assert.StartsWith("invalid JSON at line 3, position 10:", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Fact]
    public void Empty_input_is_invalid_json()
    {
        var error = Assert.Single(Validate("").Errors);
        Assert.Equal("$", error.Path);
        Assert.StartsWith("invalid JSON", error.Message);
    }

    [Fact]
    public void Trailing_commas_and_comments_are_invalid()
    {
        Assert.StartsWith("invalid JSON", Assert.Single(Validate("""{ "source": { "id": "s", "title": "t", } }""").Errors).Message);
        Assert.StartsWith("invalid JSON", Assert.Single(Validate("""{ /* c */ "source": { "id": "s", "title": "t" } }""").Errors).Message);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{ "source": { "id": "s", "title": "t" } }""")).ToArray();
        Assert.True(Validator.Validate(bytes).IsValid);
    }

    [Fact]
    public void Too_large_is_rejected_before_parsing()
    {
        var validator = new DocumentValidator(OntologyModel.Default, new IngestLimits { MaxDocumentBytes = 10 });
        var error = Assert.Single(validator.Validate("not even json, but too long"u8).Errors);
        Assert.Equal(new ValidationError("$", "document is 27 bytes; the limit is 10"), error);
        Assert.Null(validator.DocumentTooLarge(10));
        Assert.NotNull(validator.DocumentTooLarge(11));
        Assert.Null(Validator.DocumentTooLarge(5 * 1024 * 1024));
        Assert.NotNull(Validator.DocumentTooLarge(5 * 1024 * 1024 + 1));
    }

    [Fact]
    public void Nesting_beyond_the_depth_limit_is_invalid_json()
    {
        var deep = new string('[', 100) + new string(']', 100);
        Assert.Contains("depth", Assert.Single(Validate(deep).Errors).Message);
    }
}
