using Timeline.Core.Ontology;

namespace Timeline.Core.Ingest;

// Second phase of validation: checks the references a valid document makes to ids it does not define against
// what the graph holds, including the kinds at both ends of relations.
internal static class ExternalResolver
{
    // Suggestions compare every candidate; past these counts the look-up would cost more than the hints are worth.
    private const int MaxSuggestionCandidates = 2_000;
    private const int MaxSuggestions = 20;

    public static IReadOnlyList<ValidationError> Resolve(OntologyModel ontology, IngestLimits limits, ValidatedDocument doc,
        IReadOnlyDictionary<string, string> existingKinds)
    {
        var ctx = new ValidationContext(ontology, limits);
        var defined = Defined(doc);
        var candidates = defined.Keys.Concat(existingKinds.Keys).Take(MaxSuggestionCandidates).ToList();
        var suggestions = 0;

        EntityKind? Resolve(string id, string path, ReferenceTarget target)
        {
            if (defined.TryGetValue(id, out var inDocument))
                return inDocument.Entity;
            if (!existingKinds.TryGetValue(id, out var stored))
            {
                var hint = suggestions++ < MaxSuggestions && ClosestName.Find(id, candidates) is { } near
                    ? $"; did you mean '{near}'?"
                    : "";
                ctx.Error(path, $"'{id}' is not defined in this document and does not exist in the graph{hint}");
                return null;
            }
            var (kind, entityKind) = stored switch
            {
                GraphLabels.Event => (IdKind.Event, null),
                GraphLabels.Statement => (IdKind.Statement, null),
                GraphLabels.Source => (IdKind.Source, null),
                _ => (IdKind.Entity, ontology.FindKind(stored)),
            };
            if (kind == IdKind.Entity && entityKind is null)
                ctx.Error(path, $"'{id}' exists in the graph as '{stored}', a kind the ontology does not declare");
            else if (ReferenceChecker.Problem(new Reference(id, path, target), kind) is { } problem)
                ctx.Error(path, $"{problem} in the graph");
            return entityKind;
        }

        for (var i = 0; i < doc.Events.Count; i++)
        {
            for (var j = 0; j < doc.Events[i].Participants.Count; j++)
                Resolve(doc.Events[i].Participants[j].EntityId, $"$.events[{i}].participants[{j}].entity", ReferenceTarget.Entity);
        }
        for (var i = 0; i < doc.Statements.Count; i++)
        {
            var statement = doc.Statements[i];
            Resolve(statement.SpeakerId, $"$.statements[{i}].speaker", ReferenceTarget.Entity);
            for (var k = 0; k < statement.About.Count; k++)
                Resolve(statement.About[k], $"$.statements[{i}].about[{k}]", ReferenceTarget.EntityEventOrStatement);
        }
        for (var i = 0; i < doc.Relations.Count; i++)
        {
            var relation = doc.Relations[i];
            var from = Resolve(relation.FromId, $"$.relations[{i}].from", ReferenceTarget.Entity);
            var to = Resolve(relation.ToId, $"$.relations[{i}].to", ReferenceTarget.Entity);
            // Relations with both ends in the document were checked by Validate.
            if (!defined.ContainsKey(relation.FromId) || !defined.ContainsKey(relation.ToId))
                RelationReader.CheckKinds(ctx, $"$.relations[{i}]", relation.Type, relation.FromId, from, relation.ToId, to);
        }
        return ctx.Errors;
    }

    private static Dictionary<string, (IdKind Kind, EntityKind? Entity)> Defined(ValidatedDocument doc)
    {
        var defined = new Dictionary<string, (IdKind, EntityKind?)>(StringComparer.Ordinal)
        {
            [doc.Source.Id] = (IdKind.Source, null),
        };
        foreach (var e in doc.Entities)
            defined[e.Id] = (IdKind.Entity, e.Kind);
        foreach (var e in doc.Events)
            defined[e.Id] = (IdKind.Event, null);
        foreach (var s in doc.Statements)
            defined[s.Id] = (IdKind.Statement, null);
        return defined;
    }
}
