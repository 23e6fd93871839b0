using System.Text.Json;
using Timeline.Core.Ontology;
using Timeline.Primitives;

namespace Timeline.Core.Ingest;

// Reads the fields of one JSON object. Opening it reports unknown and repeated fields, so a misspelt field
// (participant for participants) is an error instead of silently missing data. A null field
// counts as absent.
internal sealed class JsonObjectReader
{
    private readonly ValidationContext _ctx;
    private readonly JsonElement _element;

    private JsonObjectReader(ValidationContext ctx, JsonElement element, string path)
    {
        _ctx = ctx;
        _element = element;
        Path = path;
    }

    public string Path { get; }

    public static JsonObjectReader? Open(ValidationContext ctx, JsonElement element, string path, IReadOnlyCollection<string> fields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            ctx.Error(path, $"must be an object, got {JsonKinds.Describe(element)}");
            return null;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in element.EnumerateObject())
        {
            if (!seen.Add(field.Name))
                ctx.Error(JsonPath.Property(path, field.Name), $"field '{field.Name}' appears more than once");
            else if (!fields.Contains(field.Name))
                ctx.Error(JsonPath.Property(path, field.Name), ClosestName.Unknown("field", field.Name, fields));
        }
        return new JsonObjectReader(ctx, element, path);
    }

    public string At(string name) => JsonPath.Property(Path, name);

    public bool Has(string name, out JsonElement value) =>
        _element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public T? Required<T>(string name, Func<JsonElement, string, T?> read) where T : class
    {
        if (Has(name, out var value))
            return read(value, At(name));
        _ctx.Error(At(name), "is required");
        return null;
    }

    public T? Optional<T>(string name, Func<JsonElement, string, T?> read) where T : class =>
        Has(name, out var value) ? read(value, At(name)) : null;

    public string? RequiredString(string name) => Required(name, (e, p) => JsonValues.String(_ctx, e, p, required: true));

    public string? OptionalString(string name) => Optional(name, (e, p) => JsonValues.String(_ctx, e, p, required: false));

    /// <summary>A required name the ontology declares (a kind, an event type, a role…), found by <paramref name="find"/>; when
    /// it declares no such name, null and an error naming the closest of <paramref name="declared"/>.</summary>
    public T? RequiredDeclared<T>(string name, string what, Func<string, T?> find, IEnumerable<string> declared) where T : class
    {
        var text = RequiredString(name);
        if (text is null)
            return null;
        var found = find(text);
        if (found is null)
            _ctx.Error(At(name), ClosestName.Unknown(what, text, declared.ToList()));
        return found;
    }

    public string? RequiredId(string name) => Required(name, (e, p) => JsonValues.Id(_ctx, e, p));

    public PartialDate? RequiredDate(string name) => Required(name, (e, p) => JsonValues.Date(_ctx, e, p));

    public PartialDate? OptionalDate(string name) => Optional(name, (e, p) => JsonValues.Date(_ctx, e, p));

    public bool? OptionalBool(string name) => Has(name, out var value) ? JsonValues.Bool(_ctx, value, At(name)) : null;

    // The items of an optional array with their paths; empty when absent, not an array, or over the item limit.
    public IReadOnlyList<(JsonElement Item, string Path)> Items(string name)
    {
        if (!Has(name, out var value))
            return [];
        var at = At(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            _ctx.Error(at, $"must be an array, got {JsonKinds.Describe(value)}");
            return [];
        }
        var count = value.GetArrayLength();
        if (count > _ctx.Limits.MaxItems)
        {
            _ctx.Error(at, $"has {count:N0} items; the limit is {_ctx.Limits.MaxItems:N0}");
            return [];
        }
        return value.EnumerateArray().Select((item, i) => (item, JsonPath.Index(at, i))).ToList();
    }

    // An optional array of strings, order kept; with distinct, exact duplicates are dropped.
    public IReadOnlyList<string> Strings(string name, Func<JsonElement, string, string?> read, bool distinct)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, path) in Items(name))
        {
            if (read(item, path) is { } text && (!distinct || seen.Add(text)))
                result.Add(text);
        }
        return result;
    }
}
