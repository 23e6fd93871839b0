using System.Text.Json;
using System.Text.Json.Nodes;

namespace Timeline.Core.Ingest;

/// <summary>One text per document, whatever its layout: object members sorted by name, null members left out (an absent
/// value and a null one say the same), no whitespace. Two sendings of the same document — a file, the same document as a
/// GraphQL variable — have the same canonical text, which is how a source's kept document is compared and stored.</summary>
public static class CanonicalJson
{
    /// <summary>The canonical text of a JSON document.</summary>
    /// <exception cref="JsonException">The bytes are not JSON.</exception>
    public static string Of(ReadOnlySpan<byte> utf8Json) =>
        Canonical(JsonNode.Parse(utf8Json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }))?.ToJsonString() ?? "null";

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Where(kv => kv.Value is not null).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => KeyValuePair.Create(kv.Key, Canonical(kv.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Canonical)]),
        _ => node?.DeepClone(),
    };
}
