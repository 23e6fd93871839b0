using Timeline.Core.Ontology;

namespace Timeline.Core.Ingest.Writing;

/// <summary>Checks a document against what the graph already holds under its ids: an id names one thing for
/// good, so a document may enrich an entity but not turn a Person into a Country, nor reuse an event's id
/// for a statement.</summary>
internal static class GraphConflicts
{
    public static IEnumerable<ValidationError> Find(ValidatedDocument doc, IReadOnlyDictionary<string, string> existingKinds)
    {
        for (var i = 0; i < doc.Entities.Count; i++)
        {
            var entity = doc.Entities[i];
            if (existingKinds.TryGetValue(entity.Id, out var kind) && kind != entity.Kind.Name)
                yield return new ValidationError($"$.entities[{i}].kind",
                    $"'{entity.Id}' is already in the graph as {Describe(kind)}; a document cannot change it to a {entity.Kind.Name}.");
        }
        for (var i = 0; i < doc.Events.Count; i++)
        {
            if (existingKinds.TryGetValue(doc.Events[i].Id, out var kind) && kind != GraphLabels.Event)
                yield return new ValidationError($"$.events[{i}].id", $"'{doc.Events[i].Id}' is already in the graph as {Describe(kind)}, not an event.");
        }
        for (var i = 0; i < doc.Statements.Count; i++)
        {
            if (existingKinds.TryGetValue(doc.Statements[i].Id, out var kind) && kind != GraphLabels.Statement)
                yield return new ValidationError($"$.statements[{i}].id", $"'{doc.Statements[i].Id}' is already in the graph as {Describe(kind)}, not a statement.");
        }
    }

    private static string Describe(string kind) => kind switch
    {
        GraphLabels.Event => "an event",
        GraphLabels.Statement => "a statement",
        _ => $"a {kind}",
    };
}
