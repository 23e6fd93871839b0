namespace Timeline.Core.Ingest;

// Checks references against the ids the document defines. An id it does not define is not an error here:
// it may already be in the graph, so it is returned as external for the caller to look up.
internal static class ReferenceChecker
{
    public static HashSet<string> Check(ValidationContext ctx)
    {
        var external = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in ctx.References)
        {
            var definition = ctx.Ids.Find(reference.Id);
            if (definition is null)
                external.Add(reference.Id);
            else if (Problem(reference, definition.Kind) is { } problem)
                ctx.Error(reference.Path, $"{problem} ('{reference.Id}' is defined at {definition.Path})");
        }
        return external;
    }

    // Shared with ExternalResolver so both phases word the same fault the same way.
    internal static string? Problem(Reference reference, IdKind kind) => (reference.Target, kind) switch
    {
        (_, IdKind.Source) => $"must not refer to a source: '{reference.Id}' is a source",
        (ReferenceTarget.Entity, not IdKind.Entity) => $"must refer to an entity, but '{reference.Id}' is {Article(kind)}",
        _ => null,
    };

    private static string Article(IdKind kind) => kind switch
    {
        IdKind.Event => "an event",
        IdKind.Statement => "a statement",
        IdKind.Source => "a source",
        _ => "an entity",
    };
}
