using System.Text.Json;
using Timeline.Core.Ontology;

namespace Timeline.Core.Ingest;

// Reads one item of $.entities.
internal static class EntityReader
{
    private static readonly string[] Fields = ["id", "kind", "name", "aliases", "description", "named", "properties"];

    public static EntityRecord? Read(ValidationContext ctx, JsonElement element, string path)
    {
        var r = JsonObjectReader.Open(ctx, element, path, Fields);
        if (r is null)
            return null;
        var id = r.RequiredId("id");
        var kind = Kind(ctx, r);
        if (id is not null)
            ctx.Define(id, IdKind.Entity, r.At("id"), kind);
        var name = r.RequiredString("name");
        // Repeated aliases add nothing to look-up, so they are dropped rather than reported.
        var aliases = r.Strings("aliases", (e, p) => JsonValues.String(ctx, e, p, required: true), distinct: true);
        var description = r.OptionalString("description");
        var named = r.OptionalBool("named") ?? true;
        var properties = PropertiesReader.Declared(ctx, r, kind?.AllProperties, kind?.Name ?? "");
        return id is null || kind is null || name is null
            ? null
            : new EntityRecord(id, kind, name, aliases, description, named, properties);
    }

    private static EntityKind? Kind(ValidationContext ctx, JsonObjectReader r) =>
        r.RequiredDeclared("kind", "kind", ctx.Ontology.FindKind, ctx.Ontology.Kinds.Select(k => k.Name));
}
