using System.Text.Json;

namespace Timeline.Core.Ingest;

// Reads one item of $.statements.
internal static class StatementReader
{
    private static readonly string[] Fields = ["id", "speaker", "text", "verbatim", "date", "about", "excerpt"];

    public static StatementRecord? Read(ValidationContext ctx, JsonElement element, string path)
    {
        var r = JsonObjectReader.Open(ctx, element, path, Fields);
        if (r is null)
            return null;
        var id = r.RequiredId("id");
        if (id is not null)
            ctx.Define(id, IdKind.Statement, r.At("id"));
        var speaker = r.RequiredId("speaker");
        if (speaker is not null)
            ctx.Refer(speaker, r.At("speaker"), ReferenceTarget.Entity);
        var text = r.RequiredString("text");
        var verbatim = r.OptionalBool("verbatim") ?? false;
        var date = r.OptionalDate("date");
        var about = r.Strings("about", (e, p) =>
        {
            var target = JsonValues.Id(ctx, e, p);
            if (target is not null)
                ctx.Refer(target, p, ReferenceTarget.EntityEventOrStatement);
            return target;
        }, distinct: false); // kept whole so About[k] is $.statements[i].about[k] for later error paths
        var excerpt = r.OptionalString("excerpt");
        return id is null || speaker is null || text is null
            ? null
            : new StatementRecord(id, speaker, text, verbatim, date, about, excerpt);
    }
}
