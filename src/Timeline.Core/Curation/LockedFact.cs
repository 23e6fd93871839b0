using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Core.Curation;

/// <summary>A fact as a curation reads it under its write lock: its kind, where it is (a relation's type, ends and key), its
/// properties (null when it is not in the graph), an event's participants, and its correction so far.</summary>
internal sealed record LockedFact(string Id, string Kind, RelationType? RelationType, string From, string To, string Key,
    IReadOnlyDictionary<string, object?>? Props, IReadOnlyList<CorrectedParticipant> Participants, FactCorrection Correction)
{
    /// <summary>The fact named <paramref name="id"/> under its write lock, and its correction (read after the lock: none can
    /// change until the caller commits). A fact that is not in the graph is refused (<c>id</c>), unless it was withdrawn or is
    /// being replayed (<paramref name="replayedKind"/>, from the change's detail).</summary>
    public static async Task<LockedFact> LockAsync(Neo4jTransaction tx, string id, OntologyModel ontology, string? replayedKind, CancellationToken ct)
    {
        var lookup = CorrectionOverlay.Lookup([id]);
        if (RelationId.TryParse(id, out var typeName, out var from, out var to, out var key))
        {
            var type = ontology.FindRelationType(typeName)
                ?? throw Refused("id", ClosestName.Unknown("relation type", typeName, ontology.RelationTypes.Select(t => t.Name).ToList()));
            // A symmetric relation is stored (and its correction kept) with its ends in id order, whichever order it is named in.
            if (type.Symmetric && string.CompareOrdinal(from, to) > 0) (from, to, id) = (to, from, RelationId.Of(type.Name, to, from, key));
            var fact = new LockedFact(id, FactKind.Relation, type, from, to, key, null, [], FactCorrection.None(id, FactKind.Relation));
            var results = await tx.RunAsync([new Statement(CorrectionCypher.LockRelation(type.Name), fact.RelationParameters()), lookup], ct);
            var correction = CorrectionOverlay.Read(results[1]).Of(id) ?? fact.Correction;
            return Found(fact with { Props = results[0].Records.FirstOrDefault()?.Get<IReadOnlyDictionary<string, object?>>("props"), Correction = correction },
                replayedKind);
        }
        var reads = await tx.RunAsync(
        [
            new Statement(CorrectionCypher.LockNode(GraphLabels.Event), new Dictionary<string, object?> { ["id"] = id }),
            new Statement(CorrectionCypher.LockNode(GraphLabels.Statement), new Dictionary<string, object?> { ["id"] = id }),
            lookup,
        ], ct);
        var stored = CorrectionOverlay.Read(reads[2]).Of(id);
        var (kind, node) = reads[0].Records.Count > 0 ? (FactKind.Event, reads[0].Records[0])
            : reads[1].Records.Count > 0 ? (FactKind.Statement, reads[1].Records[0])
            : (stored?.Kind ?? replayedKind ?? FactKind.Event, null);
        var participants = node?.Get<List<IReadOnlyDictionary<string, object?>>>("participants")
            .Select(p => new CorrectedParticipant((string)p["entity"]!, (string)p["role"]!)).ToList() ?? [];
        return Found(new LockedFact(id, kind, null, "", "", "", node?.Get<IReadOnlyDictionary<string, object?>>("props"), participants,
            stored ?? FactCorrection.None(id, kind)), replayedKind);
    }

    // A fact that is not in the graph is refused, unless it was withdrawn (the caller decides) or is being replayed.
    private static LockedFact Found(LockedFact fact, string? replayedKind) =>
        fact.Props is null && !fact.Correction.Withdrawn && replayedKind is null
            ? throw Refused("id", fact.Kind == FactKind.Relation
                ? $"No relation '{fact.Id}' in the graph (a relation is named TYPE:from->to, then |key when its type has required properties)."
                : $"No event, statement or relation '{fact.Id}' in the graph.")
            : fact;

    /// <summary>The parameters that find a relation by its ends and key.</summary>
    public Dictionary<string, object?> RelationParameters() => new() { ["from"] = From, ["to"] = To, ["key"] = Key };

    /// <summary>A refusal of the curation: nothing written.</summary>
    public static IngestRejectedException Refused(string path, string message) => new([new ValidationError(path, message)]);
}
