using System.Text.Json;
using Timeline.Core.Ontology;

namespace Timeline.Core.Ingest;

// Reads a properties object: declared ones (kinds, relations) by their type, free ones (events) by shape.
internal static class PropertiesReader
{
    private const string Field = "properties";

    // declared: The declared properties, or null when the owner's kind/type is unknown (then only the shape is checked).
    // owner: Kind or relation type name, for messages.
    public static IReadOnlyDictionary<string, object> Declared(ValidationContext ctx, JsonObjectReader parent,
        IReadOnlyList<PropertyDefinition>? declared, string owner)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        var fields = Fields(ctx, parent);
        if (declared is null)
            return result;
        foreach (var (name, value, path) in fields)
        {
            var definition = declared.FirstOrDefault(d => d.Name == name);
            if (definition is null)
                ctx.Error(path, ClosestName.Unknown("property", name, declared.Select(d => d.Name).ToList(), owner));
            else if (value.ValueKind != JsonValueKind.Null && Typed(ctx, value, path, definition) is { } typed)
                result[name] = typed;
        }
        foreach (var required in declared.Where(d => d.Required))
        {
            if (!fields.Any(f => f.Name == required.Name && f.Value.ValueKind != JsonValueKind.Null))
                ctx.Error(JsonPath.Property(parent.At(Field), required.Name), $"required property '{required.Name}' of {owner} is missing");
        }
        return result;
    }

    // Event properties: typed by nothing, so any camelCase name with a string, number, boolean or list of strings.
    public static IReadOnlyDictionary<string, object> Free(ValidationContext ctx, JsonObjectReader parent)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value, path) in Fields(ctx, parent))
        {
            if (!NamingRules.IsCamelCase(name))
                ctx.Error(path, $"property name '{name}' must be camelCase");
            else if (ReservedNames.EventProperties.Contains(name))
                ctx.Error(path, $"property name '{name}' is reserved for the event's own fields");
            else if (Untyped(ctx, value, path) is { } typed)
                result[name] = typed;
        }
        return result;
    }

    private static List<(string Name, JsonElement Value, string Path)> Fields(ValidationContext ctx, JsonObjectReader parent)
    {
        if (!parent.Has(Field, out var properties))
            return [];
        if (properties.ValueKind != JsonValueKind.Object)
        {
            ctx.Error(parent.At(Field), $"must be an object, got {JsonKinds.Describe(properties)}");
            return [];
        }
        var fields = new List<(string, JsonElement, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in properties.EnumerateObject())
        {
            var path = JsonPath.Property(parent.At(Field), p.Name);
            if (seen.Add(p.Name))
                fields.Add((p.Name, p.Value, path));
            else
                ctx.Error(path, $"property '{p.Name}' appears more than once");
        }
        return fields;
    }

    internal static object? Typed(ValidationContext ctx, JsonElement value, string path, PropertyDefinition definition)
    {
        switch (definition.Type)
        {
            case PropertyType.String:
                return JsonValues.String(ctx, value, path, required: false);
            case PropertyType.Bool:
                return JsonValues.Bool(ctx, value, path);
            case PropertyType.Date:
                return JsonValues.Date(ctx, value, path);
            case PropertyType.Int when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n):
                return n;
            case PropertyType.Int:
                ctx.Error(path, $"must be an integer, got {Describe(value)}");
                return null;
            case PropertyType.Float when value.ValueKind == JsonValueKind.Number:
                return value.GetDouble();
            case PropertyType.Float:
                ctx.Error(path, $"must be a number, got {JsonKinds.Describe(value)}");
                return null;
            default:
                return StringList(ctx, value, path);
        }
    }

    internal static object? Untyped(ValidationContext ctx, JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => JsonValues.String(ctx, value, path, required: false),
        JsonValueKind.Number => value.TryGetInt64(out var n) ? (object)n : value.GetDouble(), // the cast keeps integers as long
        JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
        JsonValueKind.Array => StringList(ctx, value, path),
        _ => Fail(ctx, path, $"must be a string, number, boolean or list of strings, got {JsonKinds.Describe(value)}"),
    };

    private static IReadOnlyList<string>? StringList(ValidationContext ctx, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            ctx.Error(path, $"must be a list of strings, got {JsonKinds.Describe(value)}");
            return null;
        }
        if (value.GetArrayLength() > ctx.Limits.MaxItems)
        {
            ctx.Error(path, $"has {value.GetArrayLength():N0} items; the limit is {ctx.Limits.MaxItems:N0}");
            return null;
        }
        var items = new List<string>();
        var ok = true;
        foreach (var (item, i) in value.EnumerateArray().Select((item, i) => (item, i)))
        {
            if (JsonValues.String(ctx, item, JsonPath.Index(path, i), required: true) is { } text)
                items.Add(text);
            else
                ok = false;
        }
        return ok ? items : null;
    }

    private static string Describe(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? $"{value.GetRawText()}" : JsonKinds.Describe(value);

    private static object? Fail(ValidationContext ctx, string path, string message)
    {
        ctx.Error(path, message);
        return null;
    }
}
