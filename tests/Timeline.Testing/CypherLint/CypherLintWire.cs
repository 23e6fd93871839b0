using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Testing.CypherLint;

/// <summary>The JSON that lint.mjs reads and writes.</summary>
internal static class CypherLintWire
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Request(IReadOnlyList<CypherText> texts, CypherLintSchema? schema) =>
        JsonSerializer.Serialize(
            new Input(
                schema is null ? null : new Schema(schema.Labels, schema.RelationshipTypes, schema.PropertyKeys),
                texts.Select(t => new Item(t.Name, t.Query, t.ParameterNames)).ToList()),
            Options);

    /// <summary>Texts in lint.mjs's input format (a JSON array), e.g. for a file of recorded texts.</summary>
    public static string Texts(IEnumerable<CypherText> texts) =>
        JsonSerializer.Serialize(texts.Select(t => new Item(t.Name, t.Query, t.ParameterNames)).ToList(), Options);

    /// <summary>Reads lint.mjs's input format; an item without parameters declares those it uses.</summary>
    public static IReadOnlyList<CypherText> ReadTexts(string json)
    {
        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement
            : document.RootElement.GetProperty("items");
        return items.Deserialize<List<Item?>>(Options)!
            .Select((i, n) => i?.Query is null
                ? throw new FormatException($"Item {n} has no query.")
                : i.Parameters is null
                    ? CypherText.FromQuery(i.Name ?? $"#{n}", i.Query)
                    : new CypherText(i.Name ?? $"#{n}", i.Query, i.Parameters))
            .ToList();
    }

    public static IReadOnlyList<IReadOnlyList<CypherDiagnostic>> Reply(string json, int expectedCount)
    {
        var items = JsonSerializer.Deserialize<List<ReplyItem>>(json, Options)
            ?? throw new InvalidOperationException("lint.mjs wrote no result.");
        if (items.Count != expectedCount)
        {
            throw new InvalidOperationException($"lint.mjs returned {items.Count} results for {expectedCount} texts.");
        }

        return items
            .Select(i => (IReadOnlyList<CypherDiagnostic>)i.Diagnostics
                .Select(d => new CypherDiagnostic((CypherDiagnosticSeverity)d.Severity, d.Message, d.Line, d.Column))
                .ToList())
            .ToList();
    }

    private sealed record Input(Schema? Schema, IReadOnlyList<Item> Items);

    private sealed record Schema(
        IReadOnlyCollection<string>? Labels,
        IReadOnlyCollection<string>? RelationshipTypes,
        IReadOnlyCollection<string>? PropertyKeys);

    private sealed record Item(string? Name, string? Query, IReadOnlyCollection<string>? Parameters);

    private sealed record ReplyItem(string? Name, string Query, List<ReplyDiagnostic> Diagnostics);

    private sealed record ReplyDiagnostic(int Severity, string Message, int Line, int Column);
}
