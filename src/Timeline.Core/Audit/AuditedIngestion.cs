using System.Text.Json;
using Timeline.Core.Ingest.Writing;

namespace Timeline.Core.Audit;

/// <summary>Ingestion with an audit trail: every attempt — written, rejected or failed — leaves one
/// <see cref="IngestAuditRecord"/> naming its actor (an API key id, a JWT subject, or <c>cli:&lt;user&gt;</c>). The document
/// itself is written by <see cref="IngestionService"/> exactly as without auditing: whole or not at all.</summary>
public sealed class AuditedIngestion(IngestionService ingestion, IngestAuditLog audit)
{
    /// <summary>The audit log (for flushing records kept during an outage).</summary>
    public IngestAuditLog Audit => audit;

    /// <summary>Ingests a UTF-8 JSON document on behalf of <paramref name="actor"/> and records the attempt. Exceptions of
    /// the ingestion (Neo4j unavailable, cancellation) propagate after the failure is recorded (or kept for later).</summary>
    public async Task<IngestResult> IngestAsync(ReadOnlyMemory<byte> utf8Json, string actor, CancellationToken ct = default)
    {
        IngestResult result;
        try
        {
            result = await ingestion.IngestAsync(utf8Json, ct, actor).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The request's token may be the reason for the failure: the record must not depend on it.
            await audit.WriteAsync(IngestAuditRecord.OfFailure(actor, SourceIdOf(utf8Json.Span)), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        // The document is settled (committed or refused) whatever happens to its record now.
        await audit.WriteAsync(RecordOf(actor, result, utf8Json.Span), CancellationToken.None).ConfigureAwait(false);
        return result;
    }

    /// <summary>The record of an ingest of <paramref name="utf8Json"/> that returned <paramref name="result"/>. A document
    /// refused for its structure has no validated source; the record still names the one it claims.</summary>
    internal static IngestAuditRecord RecordOf(string actor, IngestResult result, ReadOnlySpan<byte> utf8Json)
    {
        var record = IngestAuditRecord.Of(actor, result);
        return record.SourceId is null ? record with { SourceId = SourceIdOf(utf8Json) } : record;
    }

    /// <summary>Ingests an already-parsed document (the GraphQL mutation's variable) on behalf of <paramref name="actor"/>.</summary>
    public Task<IngestResult> IngestAsync(JsonElement document, string actor, CancellationToken ct = default) =>
        IngestAsync(JsonSerializer.SerializeToUtf8Bytes(document), actor, ct);

    // Best effort: a failed attempt still names its source when the document has a readable one.
    internal static string? SourceIdOf(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object
                   && source.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }
}
