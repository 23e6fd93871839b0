using System.Text.Json;
using Timeline.Core.Ontology;

namespace Timeline.Core.Ingest;

// Reads one item of $.events.
internal static class EventReader
{
    private static readonly string[] Fields = ["id", "type", "status", "title", "date", "participants", "excerpt", "description", "properties"];
    private static readonly string[] ParticipantFields = ["entity", "role"];

    public static EventRecord? Read(ValidationContext ctx, JsonElement element, string path)
    {
        var r = JsonObjectReader.Open(ctx, element, path, Fields);
        if (r is null)
            return null;
        var id = r.RequiredId("id");
        if (id is not null)
            ctx.Define(id, IdKind.Event, r.At("id"));
        var type = Type(ctx, r);
        var status = Status(ctx, r);
        var title = r.RequiredString("title");
        var date = r.RequiredDate("date");
        var participants = Participants(ctx, r);
        var excerpt = r.OptionalString("excerpt");
        var description = r.OptionalString("description");
        var properties = PropertiesReader.Free(ctx, r);
        return id is null || type is null || status is null || title is null || date is null
            ? null
            : new EventRecord(id, type, status, title, date, participants, excerpt, description, properties);
    }

    // Absent means the ontology's default (the event occurred); a status the ontology does not declare is an error.
    internal static EventStatus? Status(ValidationContext ctx, JsonObjectReader r) => r.Has("status", out _)
        ? r.RequiredDeclared("status", "event status", ctx.Ontology.FindEventStatus, ctx.Ontology.EventStatuses.Select(s => s.Name))
        : ctx.Ontology.DefaultEventStatus;

    internal static EventType? Type(ValidationContext ctx, JsonObjectReader r) =>
        r.RequiredDeclared("type", "event type", ctx.Ontology.FindEventType, ctx.Ontology.EventTypes.Select(t => t.Name));

    internal static List<ParticipantRecord> Participants(ValidationContext ctx, JsonObjectReader r)
    {
        var result = new List<ParticipantRecord>();
        var seen = new Dictionary<(string, string), string>();
        foreach (var (item, path) in r.Items("participants"))
        {
            var p = JsonObjectReader.Open(ctx, item, path, ParticipantFields);
            if (p is null)
                continue;
            var entity = p.RequiredId("entity");
            if (entity is not null)
                ctx.Refer(entity, p.At("entity"), ReferenceTarget.Entity);
            var role = Role(ctx, p);
            if (entity is null || role is null)
                continue;
            if (seen.TryGetValue((entity, role.Name), out var first))
                ctx.Error(path, $"'{entity}' is already listed as {role.Name} at {first}");
            else
                seen[(entity, role.Name)] = path;
            result.Add(new ParticipantRecord(entity, role));
        }
        return result;
    }

    private static Role? Role(ValidationContext ctx, JsonObjectReader p) =>
        p.RequiredDeclared("role", "role", ctx.Ontology.FindRole, ctx.Ontology.Roles.Select(x => x.Name));
}
