using System.Text.Json;

namespace Timeline.Core.Ingest;

// Walks a whole ingest document: entities first, so relations can check both ends' kinds as they are read.
internal static class DocumentReader
{
    private static readonly string[] Fields = ["source", "entities", "events", "statements", "relations"];

    public static ValidationResult Read(ValidationContext ctx, JsonElement root)
    {
        var r = JsonObjectReader.Open(ctx, root, JsonPath.Root, Fields);
        if (r is null)
            return new ValidationResult(ctx.Errors, null, new HashSet<string>());
        var source = r.Required("source", (e, p) => SourceReader.Read(ctx, e, p));
        var entities = Section(ctx, r, "entities", EntityReader.Read);
        var events = Section(ctx, r, "events", EventReader.Read);
        var statements = Section(ctx, r, "statements", StatementReader.Read);
        var relations = Section(ctx, r, "relations", RelationReader.Read);
        var external = ReferenceChecker.Check(ctx);
        // A document with any error is not handed on: nothing of it may be written.
        var document = ctx.Errors.Count == 0 && source is not null
            ? new ValidatedDocument(source, entities, events, statements, relations)
            : null;
        return new ValidationResult(ctx.Errors, document, external)
        {
            ExternalReferenceSites = ctx.References.Where(r => external.Contains(r.Id)).Select(r => new ExternalReference(r.Id, r.Path)).ToList(),
        };
    }

    private static List<T> Section<T>(ValidationContext ctx, JsonObjectReader r, string name,
        Func<ValidationContext, JsonElement, string, T?> read) where T : class =>
        r.Items(name).Select(x => read(ctx, x.Item, x.Path)).OfType<T>().ToList();
}
