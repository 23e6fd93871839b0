using System.Text.Json;

namespace Timeline.Neo4j.Http;

/// <summary>Decodes plain JSON into the client's value model: integers as long, floats as double, arrays as lists, objects as maps.</summary>
internal static class JsonValueDecoder
{
    public static object? Decode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => DecodeNumber(element),
        JsonValueKind.Array => element.EnumerateArray().Select(Decode).ToList(),
        JsonValueKind.Object => DecodeMap(element),
        _ => throw new JsonException($"Unexpected JSON token {element.ValueKind}."),
    };

    public static Dictionary<string, object?> DecodeMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            map[property.Name] = Decode(property.Value);
        return map;
    }

    /// <summary>Neo4j writes floats with a decimal point or exponent (<c>1.0</c>, <c>1.0E20</c>) and integers without, so the
    /// lexical form tells Cypher's Integer from Float even when the value is whole.</summary>
    public static object DecodeNumber(JsonElement element)
    {
        var raw = element.GetRawText();
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && element.TryGetInt64(out var integer))
            return integer;
        return element.GetDouble();
    }
}
