using Timeline.Core.Lookup;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Core.Audit;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Core.Provenance;
using Timeline.Neo4j;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Curation;

/// <summary>Correcting and withdrawing one fact — an event, a statement, or a relation named by its <see cref="RelationId"/> —
/// each in one write transaction under the fact's write lock, recorded as a change and audited with its actor (refused
/// attempts too). A correction is an editor's assertion: kept in the fact's one <see cref="GraphLabels.Correction"/> node,
/// where a later correction merges in field by field, and applied by ingest and support removal whenever they write the
/// fact, so it keeps winning over the sources' values (which stay on their claims and in the change's detail). A withdrawn
/// fact leaves the graph, and a later document that asserts it is written without it.</summary>
public sealed class FactCuration(Neo4jClient client, IngestionService ingestion, IngestAuditLog audit)
{
    /// <summary>Operation names, as the mutations are called (and audited).</summary>
    public const string Withdraw = "withdrawFact", Correct = "correctFact";

    // The detail reads as the ingest document does: camelCase fields (property names, the keys of value maps, stay as they are).
    private static readonly JsonSerializerOptions DetailJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly AuditedCuration audited = new(client, audit);

    /// <summary>Corrects <paramref name="id"/> with <paramref name="changes"/> (the fields of the ingest document's shape for
    /// the fact's kind; null removes an optional value).</summary>
    public Task<CurationResult> CorrectFactAsync(string id, JsonElement changes, string reason, string actor, CancellationToken ct = default) =>
        audited.RunAsync(Correct, id, reason, actor, ct, tx => CorrectAsync(tx, id, changes, null, reason, actor, null, ct));

    /// <summary>Withdraws <paramref name="id"/>: the fact leaves the graph and no later ingest brings it back. Withdrawing a
    /// withdrawn fact changes nothing.</summary>
    public Task<CurationResult> WithdrawFactAsync(string id, string reason, string actor, CancellationToken ct = default) =>
        audited.RunAsync(Withdraw, id, reason, actor, ct, tx => WithdrawAsync(tx, id, null, reason, actor, null, ct));

    /// <summary>A correction as it was once made (a restore replaying a backup), from its change's <paramref name="detail"/>:
    /// the change record carries the original time, actor and reason. A fact not (yet) in the graph still gets its
    /// correction, which the ingest that writes it applies.</summary>
    internal Task<CurationResult> CorrectFactAsOfAsync(string id, string detail, string reason, string actor, string at, CancellationToken ct)
    {
        using var json = JsonDocument.Parse(detail);
        var changes = json.RootElement.GetProperty("changes").Clone();
        var kind = json.RootElement.GetProperty("kind").GetString();
        return audited.RunAsync(Correct, id, reason, actor, ct, tx => CorrectAsync(tx, id, changes, kind, reason, actor, at, ct));
    }

    /// <summary>A withdrawal as it was once made (a restore replaying a backup); see <see cref="CorrectFactAsOfAsync"/>.</summary>
    internal Task<CurationResult> WithdrawFactAsOfAsync(string id, string detail, string reason, string actor, string at, CancellationToken ct)
    {
        using var json = JsonDocument.Parse(detail);
        var kind = json.RootElement.GetProperty("kind").GetString();
        return audited.RunAsync(Withdraw, id, reason, actor, ct, tx => WithdrawAsync(tx, id, kind, reason, actor, at, ct));
    }

    private async Task<CurationResult> CorrectAsync(Neo4jTransaction tx, string id, JsonElement changes, string? replayedKind, string reason,
        string actor, string? at, CancellationToken ct)
    {
        var fact = await LockedFact.LockAsync(tx, id, ingestion.Validator.Ontology, replayedKind, ct);
        if (fact.Correction.Withdrawn)
            throw LockedFact.Refused("id", $"'{id}' was withdrawn; a withdrawn fact cannot be corrected.");
        var ctx = new ValidationContext(ingestion.Validator.Ontology, ingestion.Validator.Limits);
        var read = FactChangesReader.Read(ctx, changes, fact.Kind, fact.RelationType);
        if (read is not null && ctx.Errors.Count == 0 && at is null)
        {
            await CheckEntitiesAsync(tx, ctx, ct);
            if (fact.Kind == FactKind.Relation) CheckValidity(ctx, fact.Props!, read.Values);
        }
        if (read is null || ctx.Errors.Count > 0) throw new IngestRejectedException(ctx.Errors);

        var correction = fact.Correction.With(read.Values, read.Participants);
        var statements = new List<Statement> { WriteCorrection(correction) };
        var touched = new List<string>();
        if (fact.Props is not null)
        {
            // A corrected date or participant list leaves the event's or statement's entries stale where they are.
            if (fact.Kind != FactKind.Relation && ItemLists.MarkAround([id]) is { } around)
                statements.Add(around);
            statements.Add(Apply(fact, correction.Values));
            if (read.Participants is { } list)
            {
                statements.Add(new Statement(CorrectionCypher.DropParticipants, new Dictionary<string, object?>
                {
                    ["id"] = id,
                    ["keep"] = list.Select(p => (object?)new Dictionary<string, object?> { ["entity"] = p.Entity, ["role"] = p.Role }).ToList(),
                }));
                statements.AddRange(CorrectionOverlay.Of(correction).Participations([id]));
                touched.AddRange(fact.Participants.Except(list).Concat(list.Except(fact.Participants)).Select(p => p.Entity));
            }
            // A corrected date or participant lists the event or statement again (a relation is in no item list).
            if (fact.Kind != FactKind.Relation && ItemLists.Add([id]) is { } listed)
                statements.Add(listed);
        }
        var detail = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["kind"] = fact.Kind, ["changes"] = changes, ["before"] = Before(fact, changes),
        }, DetailJson);
        var change = ChangeRecord.Now(actor, ChangeAction.Corrected, null, reason, [fact.Id, .. touched], detail);
        if (at is not null) change = change with { At = at };
        statements.Add(ChangeLog.Write(change));
        await tx.CommitAsync(statements, ct);
        return new CurationResult(true, change.Id, 1 + touched.Distinct().Count(), []);
    }

    private async Task<CurationResult> WithdrawAsync(Neo4jTransaction tx, string id, string? replayedKind, string reason, string actor, string? at,
        CancellationToken ct)
    {
        var fact = await LockedFact.LockAsync(tx, id, ingestion.Validator.Ontology, replayedKind, ct);
        if (fact.Correction.Withdrawn) return new CurationResult(true, null, 0, []);
        var was = new Dictionary<string, object?> { ["values"] = fact.Props };
        var statements = new List<Statement>();
        if (fact.Props is not null && fact.Kind == FactKind.Relation)
        {
            statements.Add(new Statement(CorrectionCypher.DeleteRelation(fact.RelationType!.Name), fact.RelationParameters()));
            // Its entry in each end's relation list is stale now. (A correction changes neither a relation's type nor its
            // key, nor an event or statement any entity–entity relation: only a withdrawal of a relation marks.)
            statements.Add(RelationLists.MarkInexact([fact.From, fact.To])!);
        }
        else if (fact.Props is not null)
        {
            var label = FactKind.LabelOf(fact.Kind);
            var claims = await tx.RunAsync(ProvenanceCypher.Claims(label), new Dictionary<string, object?> { ["ids"] = new List<string> { id } }, ct);
            was["claims"] = claims.Records.Select(r => new Dictionary<string, object?>
            {
                ["source"] = r.Get<string>("source"), ["claim"] = r.Get<IReadOnlyDictionary<string, object?>>("claim"),
            }).ToList();
            if (fact.Kind == FactKind.Event) was["participants"] = fact.Participants;
            statements.Add(ItemLists.MarkAround([id])!);
            statements.Add(new Statement(CorrectionCypher.DeleteNode(label), new Dictionary<string, object?> { ["id"] = id }));
        }
        statements.Add(WriteCorrection(fact.Correction with { Withdrawn = true }));
        var detail = JsonSerializer.Serialize(new Dictionary<string, object?> { ["kind"] = fact.Kind, ["was"] = was }, DetailJson);
        var change = ChangeRecord.Now(actor, ChangeAction.Withdrawn, null, reason, [fact.Id, .. fact.Participants.Select(p => p.Entity)], detail);
        if (at is not null) change = change with { At = at };
        statements.Add(ChangeLog.Write(change));
        await tx.CommitAsync(statements, ct);
        return new CurationResult(true, change.Id, fact.Props is null ? 0 : 1 + fact.Participants.Count, []);
    }

    // Every participant named must be an entity in the graph.
    private static async Task CheckEntitiesAsync(Neo4jTransaction tx, ValidationContext ctx, CancellationToken ct)
    {
        if (ctx.References.Count == 0) return;
        var found = (await tx.RunAsync(CorrectionCypher.ExistingEntities,
                new Dictionary<string, object?> { ["ids"] = ctx.References.Select(r => r.Id).Distinct().ToList() }, ct))
            .Records.Select(r => r.Get<string>("id")).ToHashSet(StringComparer.Ordinal);
        foreach (var reference in ctx.References.Where(r => !found.Contains(r.Id)))
            ctx.Error(reference.Path, $"'{reference.Id}' is not an entity in the graph");
    }

    // A corrected validity must still be an interval: from no later than to, with what the relation keeps of the other.
    private static void CheckValidity(ValidationContext ctx, IReadOnlyDictionary<string, object?> props, IReadOnlyDictionary<string, object?> values)
    {
        string? Bound(string name) => (values.TryGetValue(name, out var v) ? v : props.GetValueOrDefault(name)) as string;
        var earliest = Bound(DateLayout.Of(P.ValidFrom).Earliest);
        var latest = Bound(DateLayout.Of(P.ValidTo).Latest);
        if (earliest is not null && latest is not null && string.CompareOrdinal(earliest, latest) > 0)
            ctx.Error($"{FactChangesReader.Root}.{(values.ContainsKey(P.ValidFrom) ? P.ValidFrom : P.ValidTo)}",
                $"validFrom {Bound(P.ValidFrom)} would be after validTo {Bound(P.ValidTo)}");
    }

    // What the answer said of each changed field before, in the changes' own shape.
    private static Dictionary<string, object?> Before(LockedFact fact, JsonElement changes)
    {
        var before = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in changes.EnumerateObject())
        {
            before[field.Name] = field.Name switch
            {
                "participants" => fact.Participants,
                "properties" when field.Value.ValueKind == JsonValueKind.Object =>
                    field.Value.EnumerateObject().ToDictionary(p => p.Name, p => fact.Props?.GetValueOrDefault(p.Name)),
                _ => fact.Props?.GetValueOrDefault(field.Name),
            };
        }
        return before;
    }

    private static Statement WriteCorrection(FactCorrection correction) => new(CorrectionCypher.Write, new Dictionary<string, object?>
    {
        ["factId"] = correction.FactId,
        ["kind"] = correction.Kind,
        ["values"] = correction.ValuesJson(),
        ["participants"] = correction.ParticipantsJson(),
        ["withdrawn"] = correction.Withdrawn,
    });

    private static Statement Apply(LockedFact fact, IReadOnlyDictionary<string, object?> values)
    {
        var row = fact.Kind == FactKind.Relation
            ? new Dictionary<string, object?>(fact.RelationParameters()) { ["values"] = values }
            : new Dictionary<string, object?> { ["id"] = fact.Id, ["values"] = values };
        return new Statement(fact.Kind == FactKind.Relation ? CorrectionCypher.ApplyToRelations(fact.RelationType!.Name) : CorrectionCypher.ApplyToNodes(FactKind.LabelOf(fact.Kind)),
            new Dictionary<string, object?> { ["rows"] = new List<object?> { row } });
    }
}
