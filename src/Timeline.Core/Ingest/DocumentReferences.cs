namespace Timeline.Core.Ingest;

// The ids a document refers to without defining them (its external references, as the validator finds them), read from
// an already validated document — e.g. a kept one after MergedIds resolved it, whose ids may differ from the text's.
internal static class DocumentReferences
{
    public static IReadOnlySet<string> ExternalOf(ValidatedDocument doc)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in doc.Events) referenced.UnionWith(e.Participants.Select(p => p.EntityId));
        foreach (var s in doc.Statements)
        {
            referenced.Add(s.SpeakerId);
            referenced.UnionWith(s.About);
        }
        foreach (var r in doc.Relations)
        {
            referenced.Add(r.FromId);
            referenced.Add(r.ToId);
        }
        referenced.ExceptWith(doc.Entities.Select(e => e.Id).Concat(doc.Events.Select(e => e.Id)).Concat(doc.Statements.Select(s => s.Id)));
        return referenced;
    }
}
