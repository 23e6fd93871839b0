using System.Text.Json;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Core.Ingest.Writing;

/// <summary>Loads one ingest document: validates it against the ontology (every error at once, with JSON paths),
/// then checks it against the graph and writes it in ONE write transaction — it lands whole or not at all.
/// Re-ingesting the same document changes nothing. The CLI and the GraphQL mutation both come through here.</summary>
public sealed class IngestionService(Neo4jClient client, OntologyModel ontology, IngestLimits limits)
{
    private readonly DocumentValidator validator = new(ontology, limits);

    /// <summary>Ingests a UTF-8 JSON document (size-checked before parsing).</summary>
    public Task<IngestResult> IngestAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken ct = default) =>
        WriteAsync(validator.Validate(utf8Json.Span), ct);

    /// <summary>Ingests an already-parsed document (e.g. the GraphQL mutation's variable).</summary>
    public Task<IngestResult> IngestAsync(JsonElement document, CancellationToken ct = default) =>
        IngestAsync(JsonSerializer.SerializeToUtf8Bytes(document), ct);

    private async Task<IngestResult> WriteAsync(ValidationResult validation, CancellationToken ct)
    {
        if (validation.Document is not { } doc || validation.Errors.Count > 0)
            return IngestResult.Rejected(null, [.. validation.Errors, .. await MissingFromGraphAsync(validation, ct)]);
        try
        {
            return await client.ExecuteWriteAsync(tx => WriteAsync(tx, doc, validation.ExternalReferences, ct), ct);
        }
        catch (IngestRejectedException rejected)
        {
            return IngestResult.Rejected(doc.Source.Id, rejected.Errors);
        }
    }

    /// <summary>A document with errors is not written, but its references to ids missing from the graph are still
    /// looked up (one read) so that every error is reported at once.</summary>
    private async Task<IReadOnlyList<ValidationError>> MissingFromGraphAsync(ValidationResult validation, CancellationToken ct)
    {
        if (validation.ExternalReferenceSites.Count == 0) return [];
        var lookup = await client.RunAsync(IngestCypher.LookUpIds,
            new Dictionary<string, object?> { ["ids"] = validation.ExternalReferences.ToList() }, ct);
        var found = lookup.Records.Where(r => r["kind"] is string).Select(r => r.Get<string>("id")).ToHashSet(StringComparer.Ordinal);
        return validator.MissingExternal(validation, found);
    }

    private async Task<IngestResult> WriteAsync(Neo4jTransaction tx, ValidatedDocument doc, IReadOnlySet<string> external, CancellationToken ct)
    {
        var documentIds = doc.Entities.Select(e => e.Id).Concat(doc.Events.Select(e => e.Id)).Concat(doc.Statements.Select(s => s.Id));
        var lookups = await tx.RunAsync(
        [
            new Statement(IngestCypher.LookUpIds, new Dictionary<string, object?> { ["ids"] = documentIds.Concat(external).Distinct().ToList() }),
            new Statement(IngestCypher.LookUpSource, new Dictionary<string, object?> { ["sourceId"] = doc.Source.Id }),
        ], ct);
        var existing = lookups[0].Records
            .Where(r => r["kind"] is string)
            .ToDictionary(r => r.Get<string>("id"), r => r.Get<string>("kind"), StringComparer.Ordinal);
        var sourceExisted = lookups[1].Records[0].Get<bool>("exists");

        var errors = new List<ValidationError>(validator.ResolveExternal(doc,
            existing.Where(kv => external.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal)));
        errors.AddRange(GraphConflicts.Find(doc, existing));
        if (errors.Count > 0) throw new IngestRejectedException(errors);

        var kindsById = new Dictionary<string, string>(existing, StringComparer.Ordinal);
        foreach (var e in doc.Entities) kindsById[e.Id] = e.Kind.Name;
        foreach (var e in doc.Events) kindsById[e.Id] = GraphLabels.Event;
        foreach (var s in doc.Statements) kindsById[s.Id] = GraphLabels.Statement;

        // The writes go with the commit: one request fewer per document.
        var results = await tx.CommitAsync(IngestStatements.Build(doc, kindsById), ct);
        var created = results.Sum(r => r.Counters.NodesCreated + r.Counters.RelationshipsCreated);
        var updated = documentIds.Count(existing.ContainsKey) + (sourceExisted ? 1 : 0);
        return new IngestResult(true, doc.Source.Id, created, updated, []);
    }
}
