using System.Text;
using System.Text.Json;
using Timeline.Core.Curation;
using Timeline.Core.Lookup;
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

    /// <summary>The ontology documents are validated against.</summary>
    internal OntologyModel Ontology => ontology;

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
        return (await WriteAsync(tx, doc, validation.ExternalReferences, json, change is null ? null : change with { Targets = [.. change.Targets, .. Targets(doc)] }, ct, kept: true, commits: false))();
    }

    /// <summary>Ingests a validated document inside a bulk batch's transaction, exactly as <see cref="IngestAsync(ReadOnlyMemory{byte}, CancellationToken, string)"/>
    /// would in its own, but leaves the commit to the batch (<see cref="BulkIngestion"/>). An invalid document is answered
    /// rejected (its references missing from the graph looked up in the batch's transaction, which sees the batch's earlier
    /// documents); a document the graph refutes throws <see cref="IngestRejectedException"/>, before any write of its own.
    /// Its writes are held in <paramref name="deferred"/>, the batch's, to be sent with other documents' (its answer is complete
    /// once they are: <see cref="DeferredWrites.FlushAsync"/>); its look-ups are answered from the batch's
    /// (<paramref name="lookups"/>) where they can be.</summary>
    internal async Task<Func<IngestResult>> WriteInBatchAsync(Neo4jTransaction tx, ValidationResult validation, ReadOnlyMemory<byte> utf8Json, string actor,
        DeferredWrites deferred, BatchLookups lookups, CancellationToken ct)
    {
        if (validation.Document is not { } doc || validation.Errors.Count > 0)
        {
            var rejected = IngestResult.Rejected(null, [.. validation.Errors, .. await MissingFromGraphAsync(validation, (tx, deferred), ct)]);
            return () => rejected;
        }
        return await WriteAsync(tx, doc, validation.ExternalReferences, CanonicalJson.Of(utf8Json.Span), Ingested(actor, doc), ct, kept: false, commits: false, deferred, lookups);
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
            return await client.ExecuteWriteAsync(async tx => (await WriteAsync(tx, doc, validation.ExternalReferences, json,
                Ingested(actor, doc), ct, kept: false, commits: true))(), ct);
        }
        catch (IngestRejectedException rejected)
        {
            return IngestResult.Rejected(doc.Source.Id, rejected.Errors);
        }
    }

    /// <summary>A document with errors is not written, but its references to ids missing from the graph are still
    /// looked up (one read) so that every error is reported at once. In a bulk batch (<paramref name="batch"/>) the read goes
    /// in its transaction, after the batch's held writes and in the same request: it sees the batch's earlier documents.</summary>
    private async Task<IReadOnlyList<ValidationError>> MissingFromGraphAsync(ValidationResult validation, (Neo4jTransaction Tx, DeferredWrites Held)? batch,
        CancellationToken ct)
    {
        if (validation.ExternalReferenceSites.Count == 0) return [];
        var lookUp = new Statement(IngestCypher.LookUpIds, new Dictionary<string, object?> { ["ids"] = validation.ExternalReferences.ToList() });
        var lookup = batch is { } b ? (await b.Held.FlushAsync(b.Tx, [lookUp], commits: false, ct))[0] : await client.RunAsync(lookUp, ct);
        var found = lookup.Records.Where(r => r["kind"] is string).Select(r => r.Get<string>("id")).ToHashSet(StringComparer.Ordinal);
        return validator.MissingExternal(validation, found);
    }

    // The document's answer: at once, or in a bulk batch (deferred) once the batch's held writes are sent.
    private async Task<Func<IngestResult>> WriteAsync(Neo4jTransaction tx, ValidatedDocument doc, IReadOnlySet<string> external, string json,
        ChangeRecord? change, CancellationToken ct, bool kept, bool commits, DeferredWrites? deferred = null, BatchLookups? batch = null)
    {
        var lookups = batch?.For(doc, external) ?? await DocumentLookups.ReadAsync(tx, doc, external, ontology, deferred, ct);
        // A document that uses ids merged into other entities lands on the survivors (rare: looked up again, resolved).
        if (lookups.Survivors is { Count: > 0 } survivors)
        {
            doc = MergedIds.Apply(doc, survivors);
            external = external.Select(id => survivors.TryGetValue(id, out var s) ? s.Id : id).ToHashSet(StringComparer.Ordinal);
            // The merged ids it used are named among the change's targets: an un-merge finds the documents to write again by them.
            change = change is null ? null : change with
            {
                Targets = [.. change.Targets.Concat(survivors.Keys).Concat(survivors.Values.Select(s => s.Id)).Concat(Targets(doc)).Distinct(StringComparer.Ordinal)],
            };
            lookups = await DocumentLookups.ReadAsync(tx, doc, external, ontology, deferred, ct);
        }
        var documentIds = DocumentLookups.IdsOf(doc);
        var corrections = lookups.Corrections;
        var existing = lookups.Kinds;
        var source = lookups.Source;

        var errors = new List<ValidationError>(validator.ResolveExternal(doc, Withdrawn(corrections, external)
            .Concat(existing.Where(kv => external.Contains(kv.Key))).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal)));
        errors.AddRange(GraphConflicts.Find(doc, existing));
        if (source.RetractedAt is { } retractedAt)
            errors.Add(new ValidationError("$.source.id", $"Source '{doc.Source.Id}' was retracted on {retractedAt} by {source.RetractedBy} " +
                $"({source.RetractedReason}); it cannot be ingested again unless it is reinstated (reinstateSource)."));
        if (errors.Count > 0) throw new IngestRejectedException(errors);

        var updated = documentIds.Count(existing.ContainsKey) + (source.Exists ? 1 : 0);
        // The same document again changes nothing (and records no change).
        if (!kept && source.Exists && source.Document == json)
        {
            if (commits) await tx.CommitAsync(ct);
            var unchanged = new IngestResult(true, doc.Source.Id, 0, updated, []);
            return () => unchanged;
        }

        // A changed version of a known source replaces the old one: what only the old version said goes — but not what the new
        // one still refers to (an entity, event or statement it no longer defines), which its writes link to. In a bulk batch,
        // what the batch's earlier documents held back lands first: the removal deletes what it leaves without a source.
        if (source.Exists && deferred is not null)
            await deferred.FlushAsync(tx, [], commits: false, ct);
        var removal = source.Exists
            ? await new SupportRemoval(validator).RemoveAsync(tx, doc.Source.Id, source.Document, documentIds.ToList(), external, ct)
            : null;
        var removed = removal?.Facts ?? 0;

        // Read again after a removal: it rewrote what the other sources' claims decide.
        var otherClaims = removed > 0 ? await DocumentLookups.ReadClaimsAsync(tx, doc, ct) : lookups.OtherClaims;

        var kindsById = new Dictionary<string, string>(existing, StringComparer.Ordinal);
        foreach (var e in doc.Entities) kindsById[e.Id] = e.Kind.Name;
        foreach (var e in doc.Events) kindsById[e.Id] = GraphLabels.Event;
        foreach (var s in doc.Statements) kindsById[s.Id] = GraphLabels.Statement;

        // The editors' corrections win: withdrawn facts are left out, corrected values and participants written as corrected.
        var written = corrections.Filter(doc);
        var facts = IngestStatements.Build(written, kindsById, otherClaims, corrections, holdsSourceLists: deferred is not null);
        change = change is null ? null : change with { Targets = [.. change.Targets.Where(t => !corrections.IsWithdrawn(t))] };
        // The derived structure is written, the document kept and the change recorded with the facts (or, in a bulk batch, held
        // back for many documents at once with the sources lists: those held land before this document's writes when it could
        // change what they write); none is a fact, so none is counted.
        var derived = new WrittenDocument(written, lookups.KnownKeys, lookups.NameKeys, removal is not null);
        var itemDates = IngestStatements.ItemDates(facts);
        // The item lists holding an item the facts date again are marked before them (they read its date as it was) — only an
        // item the graph has can be in a list, so a document of new items sends no mark; the relation lists the removal left
        // inexact after them: a relation the new version says again is not.
        var listed = IngestStatements.ItemEntries(facts).Where(e => existing.ContainsKey(e.Key)).ToDictionary(StringComparer.Ordinal);
        IReadOnlyList<Statement> redated = ItemLists.MarkRedated(listed) is { } mark ? [mark] : [];
        IReadOnlyList<Statement> alongside = deferred is not null ? []
            : [.. IngestStatements.DerivedOf([derived]), IngestStatements.KeepDocuments([(doc.Source.Id, json)]), .. change is null ? [] : new[] { ChangeLog.Write(change) }];
        IReadOnlyList<Statement> statements = [.. redated, .. facts, .. removal?.ListMarks ?? [], .. corrections.Participations(written.Events.Select(e => e.Id)), .. alongside];
        IngestResult Answer(IReadOnlyList<QueryResult> results) => new(true, doc.Source.Id,
            results.Skip(redated.Count).Take(facts.Count).Sum(r => r.Counters.NodesCreated + r.Counters.RelationshipsCreated), updated, []);
        if (deferred is null)
        {
            // The writes go with the commit (when this document's transaction is its own): one request fewer per document.
            var answer = Answer(commits ? await tx.CommitAsync(statements, ct) : await tx.RunAsync(statements, ct));
            return () => answer;
        }
        IngestResult? held = null;
        deferred.Before(itemDates);
        deferred.Hold(statements, results => held = Answer(results));
        deferred.Add(derived, itemDates, json, change);
        batch?.Wrote(written, removal is not null);
        return () => held ?? throw new InvalidOperationException($"The writes of '{doc.Source.Id}' are still held: the batch's writes were not sent.");
    }

    // A withdrawn event or statement is not in the graph, but a document may still name it (it is then left out).
    private static IEnumerable<KeyValuePair<string, string>> Withdrawn(CorrectionOverlay corrections, IReadOnlySet<string> external) =>
        corrections.Withdrawn.Where(c => c.Kind != FactKind.Relation && external.Contains(c.FactId))
            .Select(c => KeyValuePair.Create(c.FactId, CorrectionOverlay.LabelOf(c)));

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
