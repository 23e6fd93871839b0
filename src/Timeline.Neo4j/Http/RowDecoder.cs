using System.Text.Json;

namespace Timeline.Neo4j.Http;

/// <summary>Rebuilds typed values from one data row of the <c>row</c>+<c>graph</c> result formats.
/// <para>The <c>row</c> format writes a node or relationship as a bare property map, indistinguishable from a map value. The
/// server adds a <c>meta</c> array, written depth-first over the row: one entry per node, relationship or scalar
/// (<c>{"id":…, "type":"node"}</c>, or null), lists and maps contribute their elements' entries without nesting, and a path
/// contributes one nested array. Labels and relationship types are only in the <c>graph</c> part, keyed by id. So the
/// decoder walks the row and the meta stream together and looks entities up in the graph. This holds for Neo4j 3.x–5.x.</para></summary>
internal sealed class RowDecoder
{
    private readonly JsonElement[] _meta;
    private readonly Dictionary<string, JsonElement> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _relationships = new(StringComparer.Ordinal);
    private int _cursor;

    private RowDecoder(JsonElement? meta, JsonElement? graph)
    {
        _meta = meta?.EnumerateArray().ToArray() ?? [];
        if (graph is { } g)
        {
            Index(g, "nodes", _nodes);
            Index(g, "relationships", _relationships);
        }
    }

    public static object?[] Decode(JsonElement row, JsonElement? meta, JsonElement? graph)
    {
        var decoder = new RowDecoder(meta, graph);
        return row.EnumerateArray().Select(decoder.Walk).ToArray();
    }

    private static void Index(JsonElement graph, string kind, Dictionary<string, JsonElement> into)
    {
        if (!graph.TryGetProperty(kind, out var items) || items.ValueKind != JsonValueKind.Array)
            return;
        foreach (var item in items.EnumerateArray())
        {
            if (item.TryGetProperty("id", out var id))
                into[IdText(id)] = item;
        }
    }

    // Meta ids are numbers, graph ids are strings (3.x and 5.x alike): compare their text.
    private static string IdText(JsonElement id) => id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();

    private JsonElement? Current => _cursor < _meta.Length ? _meta[_cursor] : null;

    private object? Walk(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                if (Current is { ValueKind: JsonValueKind.Array } pathMeta && IsPath(value, pathMeta))
                {
                    _cursor++;
                    return DecodePath(value, pathMeta);
                }
                var list = new List<object?>(value.GetArrayLength());
                foreach (var element in value.EnumerateArray())
                    list.Add(Walk(element));
                return list;
            case JsonValueKind.Object:
                if (Current is { } entityMeta && TryEntity(value, entityMeta, out var entity))
                {
                    _cursor++;
                    return entity;
                }
                // Sized up front: a page's answer is thousands of small maps, and growing them was a tenth of the API's work.
                var map = new Dictionary<string, object?>(value.GetPropertyCount(), StringComparer.Ordinal);
                foreach (var property in value.EnumerateObject())
                    map[property.Name] = Walk(property.Value);
                return map;
            default:
                // Scalars have a null (or a {"type":"date"}-like) meta entry on most versions; skip it if present.
                if (Current is { } scalarMeta && EntityType(scalarMeta) is null)
                    _cursor++;
                return JsonValueDecoder.Decode(value);
        }
    }

    private static string? EntityType(JsonElement meta) =>
        meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("type", out var type) && type.GetString() is "node" or "relationship"
            ? type.GetString()
            : null;

    private static bool IsPath(JsonElement value, JsonElement pathMeta) =>
        value.GetArrayLength() == pathMeta.GetArrayLength()
        && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Object)
        && pathMeta.EnumerateArray().All(m => EntityType(m) is not null);

    private List<object?> DecodePath(JsonElement value, JsonElement pathMeta)
    {
        var elements = new List<object?>();
        foreach (var (item, meta) in value.EnumerateArray().Zip(pathMeta.EnumerateArray()))
            elements.Add(TryEntity(item, meta, out var entity) ? entity : JsonValueDecoder.Decode(item));
        return elements;
    }

    /// <summary>Decides whether a row object is the entity the meta entry names. A map whose first value is a node meets the
    /// same meta entry, so the object must also equal the entity's properties from the graph part.</summary>
    private bool TryEntity(JsonElement value, JsonElement meta, out object? entity)
    {
        entity = null;
        var type = EntityType(meta);
        if (type is null || !meta.TryGetProperty("id", out var idElement))
            return false;
        var id = IdText(idElement);
        var deleted = meta.TryGetProperty("deleted", out var d) && d.ValueKind == JsonValueKind.True;
        var index = type == "node" ? _nodes : _relationships;

        if (!index.TryGetValue(id, out var graphEntity))
        {
            // Without a graph entry (deleted in this transaction, or no graph format) trust the meta stream.
            if (!deleted && (_nodes.Count > 0 || _relationships.Count > 0))
                return false;
            entity = type == "node"
                ? new Neo4jNode([], JsonValueDecoder.DecodeMap(value))
                : new Neo4jRelationship("", JsonValueDecoder.DecodeMap(value));
            return true;
        }

        var properties = graphEntity.TryGetProperty("properties", out var p) ? p : default;
        if (properties.ValueKind == JsonValueKind.Object && !JsonElement.DeepEquals(properties, value))
            return false;

        var decoded = JsonValueDecoder.DecodeMap(value);
        entity = type == "node"
            ? new Neo4jNode(ReadLabels(graphEntity), decoded)
            : new Neo4jRelationship(graphEntity.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "", decoded);
        return true;
    }

    private static IReadOnlyList<string> ReadLabels(JsonElement node) =>
        node.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Array
            ? labels.EnumerateArray().Select(l => l.GetString() ?? "").ToArray()
            : [];
}
