using System.Text;
using System.Text.Json;
using Timeline.Core.Curation;
using Timeline.Core.Provenance;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Core.Ingest.Writing;

/// <summary>Loads one ingest document: validates it against the ontology (every error at once, with JSON paths),
/// then checks it against the graph and writes it in ONE write transaction — it lands whole or not at all.
/// Re-ingesting the same document changes nothing. The CLI and the GraphQL mutation both come through here.</summary>
public sealed class IngestionService(Neo4jClient client, OntologyModel ontology, IngestLimits limits)
{
    /// <summary>The actor of changes made without one (tests, the bench, the seed loader).</summary>
    public const string UnnamedActor = "system";

    private readonly DocumentValidator validator = new(ontology, limits);

    /// <summary>The validator documents go through (also used to read kept documents back).</summary>
    internal DocumentValidator Validator => validator;

    /// <summary>Ingests a UTF-8 JSON document (size-checked before parsing) on behalf of <paramref name="actor"/>, who is
    /// named in the change record.</summary>
    public Task<IngestResult> IngestAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken ct = default, string actor = UnnamedActor) =>
        WriteAsync(validator.Validate(utf8Json.Span), utf8Json, actor, ct);

    /// <summary>Ingests an already-parsed document (e.g. the GraphQL mutation's variable).</summary>
    public Task<IngestResult> IngestAsync(JsonElement document, CancellationToken ct = default, string actor = UnnamedActor) =>
        IngestAsync(JsonSerializer.SerializeToUtf8Bytes(document), ct, actor);

    /// <summary>Writes a kept document again inside the caller's transaction (a reinstatement, an un-merge): the same checks
    /// and writes as an ingest, but the source's retraction is the caller's to lift first, and the change is the caller's
    /// (recorded here, with the document's ids among its targets, unless null). Throws <see cref="IngestRejectedException"/>
    /// when the document is refused.</summary>
    internal async Task<IngestResult> WriteKeptAsync(Neo4jTransaction tx, string json, ChangeRecord? change, CancellationToken ct)
    {
        var validation = validator.Validate(Encoding.UTF8.GetBytes(json));
        if (validation.Document is not { } doc || validation.Errors.Count > 0)
            throw new IngestRejectedException(validation.Errors);
        return await WriteAsync(tx, doc, validation.ExternalReferences, json, change is null ? null : change with { Targets = [.. change.Targets, .. Targets(doc)] }, ct, kept: true, commits: false);
    }

    /// <summary>Ingests a validated document inside a bulk batch's transaction, exactly as <see cref="IngestAsync(ReadOnlyMemory{byte}, CancellationToken, string)"/>
    /// would in its own, but leaves the commit to the batch (<see cref="BulkIngestion"/>). An invalid document is answered
    /// rejected (its references missing from the graph looked up in the batch's transaction, which sees the batch's earlier
    /// documents); a document the graph refutes throws <see cref="IngestRejectedException"/>, before any write of its own.
    /// Its derived writes and sources lists are held back in <paramref name="deferred"/>, the batch's, to be written with other
    /// documents'.</summary>
    internal async Task<IngestResult> WriteInBatchAsync(Neo4jTransaction tx, ValidationResult validation, ReadOnlyMemory<byte> utf8Json, string actor,
        DeferredWrites deferred, CancellationToken ct)
    {
        if (validation.Document is not { } doc || validation.Errors.Count > 0)
            return IngestResult.Rejected(null, [.. validation.Errors, .. await MissingFromGraphAsync(validation, tx, ct)]);
        return await WriteAsync(tx, doc, validation.ExternalReferences, CanonicalJson.Of(utf8Json.Span), Ingested(actor, doc), ct, kept: false, commits: false, deferred);
    }

    private static ChangeRecord Ingested(string actor, ValidatedDocument doc) =>
        ChangeRecord.Now(actor, ChangeAction.Ingested, doc.Source.Id, null, Targets(doc));

    private async Task<IngestResult> WriteAsync(ValidationResult validation, ReadOnlyMemory<byte> utf8Json, string actor, CancellationToken ct)
    {
        if (validation.Document is not { } doc || validation.Errors.Count > 0)
            return IngestResult.Rejected(null, [.. validation.Errors, .. await MissingFromGraphAsync(validation, null, ct)]);
        // A valid document is valid JSON: its canonical text is what the source keeps, and what a re-ingest is compared with.
        var json = CanonicalJson.Of(utf8Json.Span);
        try
        {
            return await client.ExecuteWriteAsync(tx => WriteAsync(tx, doc, validation.ExternalReferences, json,
                Ingested(actor, doc), ct, kept: false, commits: true), ct);
        }
        catch (IngestRejectedException rejected)
        {
            return IngestResult.Rejected(doc.Source.Id, rejected.Errors);
        }
    }

    /// <summary>A document with errors is not written, but its references to ids missing from the graph are still
    /// looked up (one read; in <paramref name="tx"/> when there is one) so that every error is reported at once.</summary>
    private async Task<IReadOnlyList<ValidationError>> MissingFromGraphAsync(ValidationResult validation, Neo4jTransaction? tx, CancellationToken ct)
    {
        if (validation.ExternalReferenceSites.Count == 0) return [];
        var ids = new Dictionary<string, object?> { ["ids"] = validation.ExternalReferences.ToList() };
        var lookup = tx is null ? await client.RunAsync(IngestCypher.LookUpIds, ids, ct) : await tx.RunAsync(IngestCypher.LookUpIds, ids, ct);
        var found = lookup.Records.Where(r => r["kind"] is string).Select(r => r.Get<string>("id")).ToHashSet(StringComparer.Ordinal);
        return validator.MissingExternal(validation, found);
    }

    private async Task<IngestResult> WriteAsync(Neo4jTransaction tx, ValidatedDocument doc, IReadOnlySet<string> external, string json,
        ChangeRecord? change, CancellationToken ct, bool kept, bool commits, DeferredWrites? deferred = null)
    {
        var lookups = await tx.RunAsync([MergedIds.Read(doc, external), .. LookUps(doc, external)], ct);
        // A document that uses ids merged into other entities lands on the survivors (rare: looked up again, resolved).
        if (MergedIds.Of(lookups[0], ontology) is { Count: > 0 } survivors)
        {
            doc = MergedIds.Apply(doc, survivors);
            external = external.Select(id => survivors.TryGetValue(id, out var s) ? s.Id : id).ToHashSet(StringComparer.Ordinal);
            // The merged ids it used are named among the change's targets: an un-merge finds the documents to write again by them.
            change = change is null ? null : change with
            {
                Targets = [.. change.Targets.Concat(survivors.Keys).Concat(survivors.Values.Select(s => s.Id)).Concat(Targets(doc)).Distinct(StringComparer.Ordinal)],
            };
            lookups = [lookups[0], .. await tx.RunAsync(LookUps(doc, external), ct)];
        }
        lookups = lookups.Skip(1).ToList();
        var documentIds = doc.Entities.Select(e => e.Id).Concat(doc.Events.Select(e => e.Id)).Concat(doc.Statements.Select(s => s.Id));
        var corrections = CorrectionOverlay.Read(lookups[^1]);
        var existing = lookups[0].Records
            .Where(r => r["kind"] is string)
            .ToDictionary(r => r.Get<string>("id"), r => r.Get<string>("kind"), StringComparer.Ordinal);
        var knownKeys = lookups[0].Records
            .Where(r => r["searchKeys"] is not null)
            .ToDictionary(r => r.Get<string>("id"), r => (IReadOnlySet<string>)r.Get<List<string>>("searchKeys").ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var source = lookups[1].Records[0];
        var sourceExisted = source.Get<bool>("exists");

        var errors = new List<ValidationError>(validator.ResolveExternal(doc, Withdrawn(corrections, external)
            .Concat(existing.Where(kv => external.Contains(kv.Key))).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal)));
        errors.AddRange(GraphConflicts.Find(doc, existing));
        if (source.Get<string?>("retractedAt") is { } retractedAt)
            errors.Add(new ValidationError("$.source.id", $"Source '{doc.Source.Id}' was retracted on {retractedAt} by {source.Get<string?>("retractedBy")} " +
                $"({source.Get<string?>("retractedReason")}); it cannot be ingested again unless it is reinstated (reinstateSource)."));
        if (errors.Count > 0) throw new IngestRejectedException(errors);

        var updated = documentIds.Count(existing.ContainsKey) + (sourceExisted ? 1 : 0);
        // The same document again changes nothing (and records no change).
        if (!kept && sourceExisted && source.Get<string?>("document") == json)
        {
            if (commits) await tx.CommitAsync(ct);
            return new IngestResult(true, doc.Source.Id, 0, updated, []);
        }

        // A changed version of a known source replaces the old one: what only the old version said goes — but not what the new
        // one still refers to (an entity, event or statement it no longer defines), which its writes link to. In a bulk batch,
        // what the batch's earlier documents held back lands first: the removal deletes what it leaves without a source.
        if (sourceExisted && deferred is not null)
            await tx.RunAsync(deferred.Flush(), ct);
        var removal = sourceExisted
            ? await new SupportRemoval(validator).RemoveAsync(tx, doc.Source.Id, source.Get<string?>("document"), documentIds.ToList(), external, ct)
            : null;
        var removed = removal?.Facts ?? 0;

        var otherClaims = new Dictionary<string, List<SourceClaim>>(StringComparer.Ordinal);
        // Read again after a removal: the removal rewrote what the other sources' claims decide.
        if (removed > 0)
            lookups = [.. lookups.Take(2), .. await tx.RunAsync([ClaimsOf(GraphLabels.Event, doc.Events.Select(e => e.Id), doc.Source.Id),
                ClaimsOf(GraphLabels.Statement, doc.Statements.Select(s => s.Id), doc.Source.Id)], ct)];
        ClaimReader.AddTo(otherClaims, lookups[2]);
        ClaimReader.AddTo(otherClaims, lookups[3]);

        var kindsById = new Dictionary<string, string>(existing, StringComparer.Ordinal);
        foreach (var e in doc.Entities) kindsById[e.Id] = e.Kind.Name;
        foreach (var e in doc.Events) kindsById[e.Id] = GraphLabels.Event;
        foreach (var s in doc.Statements) kindsById[s.Id] = GraphLabels.Statement;

        // The editors' corrections win: withdrawn facts are left out, corrected values and participants written as corrected.
        var written = corrections.Filter(doc);
        var facts = IngestStatements.Build(written, kindsById,
            otherClaims.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<SourceClaim>)kv.Value, StringComparer.Ordinal), corrections,
            holdsSourceLists: deferred is not null);
        change = change is null ? null : change with { Targets = [.. change.Targets.Where(t => !corrections.IsWithdrawn(t))] };
        // The derived structure is written (or, in a bulk batch, held back for many documents at once with the sources lists:
        // the batch's held-back writes land first when this document could change what they write), the document kept and the
        // change recorded with the facts; none is a fact, so none is counted.
        var derived = new WrittenDocument(written, knownKeys);
        var itemDates = IngestStatements.ItemDates(facts);
        var before = deferred?.Before(itemDates) ?? [];
        // The relation lists the removal left inexact are marked after the facts: a relation the new version says again is not.
        IReadOnlyList<Statement> statements = [.. before, .. facts, .. removal?.ListMarks ?? [], .. corrections.Participations(written.Events.Select(e => e.Id)),
            .. deferred is null ? IngestStatements.DerivedOf([derived]) : [], IngestStatements.KeepDocument(doc.Source.Id, json), .. change is null ? [] : new[] { ChangeLog.Write(change) }];
        // The writes go with the commit (when this document's transaction is its own): one request fewer per document.
        var results = commits ? await tx.CommitAsync(statements, ct) : await tx.RunAsync(statements, ct);
        deferred?.Add(derived, itemDates);
        var created = results.Skip(before.Count).Take(facts.Count).Sum(r => r.Counters.NodesCreated + r.Counters.RelationshipsCreated);
        return new IngestResult(true, doc.Source.Id, created, updated, []);
    }

    // The ids' kinds, the source's state, what the other sources claim of the document's events and statements, and (after
    // the facts' write locks: a correction committed before them is seen, none can commit until this write does) the
    // editors' corrections of its facts — the last result.
    private static IReadOnlyList<Statement> LookUps(ValidatedDocument doc, IReadOnlySet<string> external)
    {
        var documentIds = doc.Entities.Select(e => e.Id).Concat(doc.Events.Select(e => e.Id)).Concat(doc.Statements.Select(s => s.Id));
        return
        [
            new Statement(IngestCypher.LookUpIds, new Dictionary<string, object?> { ["ids"] = documentIds.Concat(external).Distinct().ToList() }),
            new Statement(IngestCypher.LookUpSource, new Dictionary<string, object?> { ["sourceId"] = doc.Source.Id }),
            ClaimsOf(GraphLabels.Event, doc.Events.Select(e => e.Id), doc.Source.Id),
            ClaimsOf(GraphLabels.Statement, doc.Statements.Select(s => s.Id), doc.Source.Id),
            .. CorrectionOverlay.LockRelations(doc),
            CorrectionOverlay.Lookup(CorrectionOverlay.FactIdsOf(doc, external)),
        ];
    }

    // A withdrawn event or statement is not in the graph, but a document may still name it (it is then left out).
    private static IEnumerable<KeyValuePair<string, string>> Withdrawn(CorrectionOverlay corrections, IReadOnlySet<string> external) =>
        corrections.Withdrawn.Where(c => c.Kind != FactKind.Relation && external.Contains(c.FactId))
            .Select(c => KeyValuePair.Create(c.FactId, CorrectionOverlay.LabelOf(c)));

    private static Statement ClaimsOf(string label, IEnumerable<string> ids, string sourceId) =>
        new(IngestCypher.LockAndReadClaims(label), new Dictionary<string, object?> { ["ids"] = ids.ToList(), ["sourceId"] = sourceId });

    /// <summary>What an ingest of <paramref name="doc"/> touches: its source, entities, events, statements and relations.</summary>
    internal static IEnumerable<string> Targets(ValidatedDocument doc) =>
    [
        doc.Source.Id,
        .. doc.Entities.Select(e => e.Id),
        .. doc.Events.Select(e => e.Id),
        .. doc.Statements.Select(s => s.Id),
        .. doc.Relations.Select(r => { var (from, to) = IngestStatements.Ends(r); return RelationId.Of(r.Type.Name, from, to, IngestStatements.RelationKey(r)); }),
    ];
}
