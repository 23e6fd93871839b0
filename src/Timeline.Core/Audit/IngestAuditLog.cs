using System.Collections.Concurrent;
using Timeline.Neo4j;
using Timeline.Core.Ontology;

namespace Timeline.Core.Audit;

/// <summary>Writes <see cref="IngestAuditRecord"/>s to the graph, each in its own autocommit transaction (never in the
/// document's: a rejected or rolled-back document still leaves its record). A record that cannot be written because Neo4j
/// is unreachable is kept in memory (at most <see cref="MaxPending"/>) and written by <see cref="FlushAsync"/> once Neo4j
/// answers again, so an outage loses no record while the process lives.</summary>
public sealed class IngestAuditLog(Neo4jClient client)
{
    /// <summary>Most records kept while Neo4j is unreachable; older ones are dropped first beyond that.</summary>
    public const int MaxPending = 10_000;

    private const string CreateCypher = $"CREATE (a:{GraphLabels.IngestAudit}) SET a = $props";

    private readonly ConcurrentQueue<IngestAuditRecord> _pending = new();

    /// <summary>Records not written yet.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Writes the record now; when Neo4j cannot take it, keeps it for <see cref="FlushAsync"/> and returns false.</summary>
    public async Task<bool> WriteAsync(IngestAuditRecord record, CancellationToken ct = default)
    {
        try
        {
            await WriteOneAsync(record, ct).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            Keep(record);
            return false;
        }
    }

    /// <summary>Writes <paramref name="records"/> (a bulk batch's, one per document) in one request; when Neo4j cannot take
    /// them, keeps them all for <see cref="FlushAsync"/> and returns false.</summary>
    public async Task<bool> WriteAsync(IReadOnlyList<IngestAuditRecord> records, CancellationToken ct = default)
    {
        try
        {
            await client.RunAsync(records.Select(Create).ToList(), ct).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            foreach (var record in records)
                Keep(record);
            return false;
        }
    }

    /// <summary>Writes the kept records, oldest first, until Neo4j fails again; returns how many were written.</summary>
    public async Task<int> FlushAsync(CancellationToken ct = default)
    {
        var written = 0;
        while (_pending.TryPeek(out var record))
        {
            try
            {
                await WriteOneAsync(record, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Neo4jException or OperationCanceledException)
            {
                return written;
            }
            _pending.TryDequeue(out _);
            written++;
        }
        return written;
    }

    private void Keep(IngestAuditRecord record)
    {
        _pending.Enqueue(record);
        while (_pending.Count > MaxPending && _pending.TryDequeue(out _))
        {
        }
    }

    private Task WriteOneAsync(IngestAuditRecord record, CancellationToken ct) => client.RunAsync(Create(record), ct);

    private static Statement Create(IngestAuditRecord record) =>
        new(CreateCypher, new Dictionary<string, object?> { ["props"] = record.Properties() });
}
