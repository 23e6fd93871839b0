using System.Text.Json;
using Timeline.Core.Ontology;

namespace Timeline.Core.Ingest;

// Reads one item of $.relations. Runs after all entities are read, so both ends' kinds are known when defined here.
internal static class RelationReader
{
    private static readonly string[] Fields = ["type", "from", "to", "properties", "validFrom", "validTo", "excerpt"];

    public static RelationRecord? Read(ValidationContext ctx, JsonElement element, string path)
    {
        var r = JsonObjectReader.Open(ctx, element, path, Fields);
        if (r is null)
            return null;
        var type = Type(ctx, r);
        var from = End(ctx, r, "from");
        var to = End(ctx, r, "to");
        var self = from is not null && from == to;
        if (self)
            ctx.Error(r.At("to"), $"a relation cannot join '{from}' to itself");
        var properties = PropertiesReader.Declared(ctx, r, type?.Properties, type?.Name ?? "");
        var validFrom = r.OptionalDate("validFrom");
        var validTo = r.OptionalDate("validTo");
        // Only an impossible interval is an error: "from 10:00 on the 9th" to "the 9th" is a fine pair.
        if (validFrom is not null && validTo is not null && validFrom.Earliest > validTo.Latest)
            ctx.Error(r.At("validFrom"), $"validFrom {validFrom.Text} is after validTo {validTo.Text}");
        var excerpt = r.OptionalString("excerpt");
        if (type is not null && from is not null && to is not null && !self)
            CheckKinds(ctx, path, type, from, ctx.Ids.Find(from)?.EntityKind, to, ctx.Ids.Find(to)?.EntityKind);
        return type is null || from is null || to is null
            ? null
            : new RelationRecord(type, from, to, properties, validFrom, validTo, excerpt);
    }

    // Reports a relation between kinds the ontology does not allow; silent while either kind is unknown.
    internal static void CheckKinds(ValidationContext ctx, string path, RelationType type, string from, EntityKind? fromKind,
        string to, EntityKind? toKind)
    {
        if (fromKind is null || toKind is null || type.Allows(fromKind, toKind))
            return;
        ctx.Error(path, $"{type.Name} cannot join {fromKind.Name} '{from}' to {toKind.Name} '{to}'; it joins {Describe(type)}");
    }

    private static string Describe(RelationType type) =>
        $"{string.Join(", ", type.From)} → {string.Join(", ", type.To)}" + (type.Symmetric ? " (either way)" : "");

    private static RelationType? Type(ValidationContext ctx, JsonObjectReader r) =>
        r.RequiredDeclared("type", "relation type", ctx.Ontology.FindRelationType, ctx.Ontology.RelationTypes.Select(t => t.Name));

    private static string? End(ValidationContext ctx, JsonObjectReader r, string field)
    {
        var id = r.RequiredId(field);
        if (id is not null)
            ctx.Refer(id, r.At(field), ReferenceTarget.Entity);
        return id;
    }
}
