using System.Text.Json;
using Timeline.Primitives;

namespace Timeline.Core.Ingest;

// Reads single JSON values, reporting type and content errors at their path; returns null on error.
internal static class JsonValues
{
    // A string within the length limit; blank is an error when required, else null.
    public static string? String(ValidationContext ctx, JsonElement element, string path, bool required)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            ctx.Error(path, $"must be a string, got {JsonKinds.Describe(element)}");
            return null;
        }
        var text = element.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
                ctx.Error(path, "must not be empty");
            // Blank optional text carries nothing and would only create empty properties in the graph.
            return null;
        }
        if (text.Length > ctx.Limits.MaxStringLength)
        {
            ctx.Error(path, $"is {text.Length:N0} characters long; the limit is {ctx.Limits.MaxStringLength:N0}");
            return null;
        }
        return text;
    }

    // An id: a non-blank string without control characters or surrounding whitespace, within the id length limit.
    public static string? Id(ValidationContext ctx, JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            ctx.Error(path, $"must be a string id, got {JsonKinds.Describe(element)}");
            return null;
        }
        var id = element.GetString()!;
        var problem = IdProblem(id, ctx.Limits.MaxIdLength);
        if (problem is null)
            return id;
        ctx.Error(path, problem);
        return null;
    }

    public static string? IdProblem(string id, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(id))
            return "id must not be empty";
        if (id.Length > maxLength)
            return $"id is {id.Length} characters long; ids are at most {maxLength}";
        foreach (var c in id)
        {
            if (char.IsControl(c))
                return $"id must not contain control characters (found U+{(int)c:X4})";
        }
        // Ids are keys: ' x' and 'x' would silently be two different things.
        if (char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]))
            return "id must not start or end with whitespace";
        return null;
    }

    public static bool? Bool(ValidationContext ctx, JsonElement element, string path)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return element.GetBoolean();
        ctx.Error(path, $"must be true or false, got {JsonKinds.Describe(element)}");
        return null;
    }

    // A PartialDate text, or { "earliest": …, "latest": … } for a range.
    public static PartialDate? Date(ValidationContext ctx, JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
            return ParseDate(ctx, element.GetString(), path);
        if (element.ValueKind != JsonValueKind.Object)
        {
            ctx.Error(path, $"must be a date such as \"2026-01-09\" or {{ \"earliest\": …, \"latest\": … }}, got {JsonKinds.Describe(element)}");
            return null;
        }
        var range = JsonObjectReader.Open(ctx, element, path, ["earliest", "latest"]);
        var earliest = range?.Required("earliest", (e, p) => StringDate(ctx, e, p));
        var latest = range?.Required("latest", (e, p) => StringDate(ctx, e, p));
        if (earliest is null || latest is null)
            return null;
        if (PartialDate.TryFromRange(earliest, latest, out var result, out var error))
            return result;
        ctx.Error(path, error);
        return null;
    }

    private static PartialDate? StringDate(ValidationContext ctx, JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
            return ParseDate(ctx, element.GetString(), path);
        ctx.Error(path, $"must be a date text such as \"2026-01-09\", got {JsonKinds.Describe(element)}");
        return null;
    }

    private static PartialDate? ParseDate(ValidationContext ctx, string? text, string path)
    {
        if (PartialDate.TryParse(text, out var date, out var error))
            return date;
        ctx.Error(path, error);
        return null;
    }
}
