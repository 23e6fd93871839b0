using System.Text.Json;
using Timeline.Core.Ingest;
using Timeline.Core.Ontology;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Curation;

/// <summary>What a <c>correctFact</c> asks to change, read into the values it corrects (under the node's or relationship's
/// property names, dates laid out by <see cref="DateLayout"/>) and, for an event, the corrected participant list.</summary>
public sealed record FactChanges(IReadOnlyDictionary<string, object?> Values, IReadOnlyList<CorrectedParticipant>? Participants);

/// <summary>Reads <c>correctFact</c>'s <c>changes</c>: the fields of the ingest document's shape for the fact's kind, checked
/// by the same readers as ingest (dates, declared names with the closest-name hint, typed relation properties). <c>null</c>
/// removes an optional value; a required one cannot be removed, nor a relation's key property changed (that would be another
/// relation). Every error is reported at once, at <c>changes.&lt;field&gt;</c>.</summary>
internal static class FactChangesReader
{
    /// <summary>The argument the errors are reported under.</summary>
    public const string Root = "changes";

    private static readonly Dictionary<string, string[]> Fields = new(StringComparer.Ordinal)
    {
        [FactKind.Event] = ["title", "type", "status", "date", "description", "properties", "participants"],
        [FactKind.Statement] = ["text", "verbatim", "date"],
        [FactKind.Relation] = ["validFrom", "validTo", "properties"],
    };

    // What a field holds that cannot be removed, per kind.
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        [FactKind.Event] = ["title", "type", "status", "date", "participants"],
        [FactKind.Statement] = ["text", "verbatim"],
        [FactKind.Relation] = [],
    };

    /// <summary>Reads <paramref name="changes"/> for a fact of <paramref name="kind"/> (a relation's <paramref name="relationType"/>
    /// given). Participant entities are referred to in <paramref name="ctx"/>'s references (the caller checks they exist).</summary>
    public static FactChanges? Read(ValidationContext ctx, JsonElement changes, string kind, RelationType? relationType)
    {
        if (changes.ValueKind == JsonValueKind.Object && !changes.EnumerateObject().Any())
        {
            ctx.Error(Root, $"no changes given; a {kind} may change: {string.Join(", ", Fields[kind])}");
            return null;
        }
        var r = JsonObjectReader.Open(ctx, changes, Root, Fields[kind]);
        if (r is null) return null;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in changes.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Null && Fields[kind].Contains(f.Name)))
        {
            if (field.Name == "participants")
                ctx.Error(r.At(field.Name), "must be the whole corrected list of participants ([] for none), not null");
            else if (Required[kind].Contains(field.Name))
                ctx.Error(r.At(field.Name), $"the {kind}'s {field.Name} is required: it can be corrected, not removed");
            else if (field.Name == "properties")
                ctx.Error(r.At(field.Name), "must be an object (remove one property with null as its value)");
        }
        IReadOnlyList<CorrectedParticipant>? participants = null;
        switch (kind)
        {
            case FactKind.Event:
                if (r.Has("title", out _)) values[P.Title] = r.RequiredString("title");
                if (r.Has("type", out _)) values[P.Type] = EventReader.Type(ctx, r)?.Name;
                if (r.Has("status", out _)) values[P.Status] = EventReader.Status(ctx, r)?.Name;
                if (r.Has("date", out _)) DateLayout.EventDate.Write(values, r.RequiredDate("date"));
                Text(ctx, r, changes, "description", P.Description, values);
                FreeProperties(ctx, r, values);
                if (r.Has("participants", out _))
                    participants = EventReader.Participants(ctx, r).Select(p => new CorrectedParticipant(p.EntityId, p.Role.Name)).ToList();
                break;
            case FactKind.Statement:
                if (r.Has("text", out _)) values[P.Text] = r.RequiredString("text");
                if (r.Has("verbatim", out _)) values[P.Verbatim] = r.OptionalBool("verbatim");
                Date(r, changes, "date", DateLayout.EventDate, values);
                break;
            default:
                Date(r, changes, "validFrom", DateLayout.Of(P.ValidFrom), values);
                Date(r, changes, "validTo", DateLayout.Of(P.ValidTo), values);
                if (relationType is not null) DeclaredProperties(ctx, r, relationType, values);
                break;
        }
        return new FactChanges(values, participants);
    }

    // An optional text: null removes it; blank is an error (say null to remove).
    private static void Text(ValidationContext ctx, JsonObjectReader r, JsonElement changes, string field, string property, Dictionary<string, object?> values)
    {
        if (IsNull(changes, field)) values[property] = null;
        else if (r.Has(field, out var value))
        {
            if (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()))
                ctx.Error(r.At(field), "must not be empty (null removes it)");
            else if (JsonValues.String(ctx, value, r.At(field), required: true) is { } text)
                values[property] = text;
        }
    }

    // An optional date: null removes all four of its laid-out properties.
    private static void Date(JsonObjectReader r, JsonElement changes, string field, DateLayout layout, Dictionary<string, object?> values)
    {
        if (IsNull(changes, field)) layout.Write(values, null);
        else if (r.Has(field, out _) && r.OptionalDate(field) is { } date) layout.Write(values, date);
    }

    // An event's free properties, named and typed as ingest takes them; null removes one.
    private static void FreeProperties(ValidationContext ctx, JsonObjectReader r, Dictionary<string, object?> values)
    {
        foreach (var (name, value, path) in Properties(ctx, r))
        {
            if (!NamingRules.IsCamelCase(name))
                ctx.Error(path, $"property name '{name}' must be camelCase");
            else if (ReservedNames.EventProperties.Contains(name))
                ctx.Error(path, $"property name '{name}' is reserved for the event's own fields");
            else if (value.ValueKind == JsonValueKind.Null)
                values[name] = null;
            else if (PropertiesReader.Untyped(ctx, value, path) is { } typed)
                values[name] = typed;
        }
    }

    // A relation's declared properties by their type; a required one is part of the relation's identity and cannot change.
    private static void DeclaredProperties(ValidationContext ctx, JsonObjectReader r, RelationType type, Dictionary<string, object?> values)
    {
        foreach (var (name, value, path) in Properties(ctx, r))
        {
            var definition = type.FindProperty(name);
            if (definition is null)
                ctx.Error(path, ClosestName.Unknown("property", name, type.Properties.Select(d => d.Name).ToList(), type.Name));
            else if (definition.Required)
                ctx.Error(path, $"'{name}' is part of what identifies a {type.Name} relation (its key): changing it would make another relation. " +
                    "Withdraw this one and ingest the right one instead");
            else if (value.ValueKind == JsonValueKind.Null)
            {
                if (definition.Type == PropertyType.Date) DateLayout.Of(name).Write(values, null);
                else values[name] = null;
            }
            else if (PropertiesReader.Typed(ctx, value, path, definition) is { } typed)
            {
                if (typed is Timeline.Primitives.PartialDate date) DateLayout.Of(name).Write(values, date);
                else values[name] = typed;
            }
        }
    }

    private static List<(string Name, JsonElement Value, string Path)> Properties(ValidationContext ctx, JsonObjectReader r)
    {
        if (!r.Has("properties", out var properties)) return [];
        if (properties.ValueKind != JsonValueKind.Object)
        {
            ctx.Error(r.At("properties"), $"must be an object, got {JsonKinds.Describe(properties)}");
            return [];
        }
        return properties.EnumerateObject().Select(p => (p.Name, p.Value, JsonPath.Property(r.At("properties"), p.Name))).ToList();
    }

    private static bool IsNull(JsonElement changes, string field) =>
        changes.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Null;
}
