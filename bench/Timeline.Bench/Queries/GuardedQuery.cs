using System.Diagnostics;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>Runs a query with a time cap that really stops it: in an explicit transaction opened first (so the server has
/// told us where it lives), rolled back on timeout — Neo4j terminates a running query when its transaction is deleted.
/// (A query abandoned by a client-side timeout would keep a core busy for minutes and spoil every later measurement.)</summary>
internal static class GuardedQuery
{
    /// <summary>Elapsed milliseconds and the result, or null when the cap was reached.</summary>
    public static async Task<(double Milliseconds, QueryResult? Result)> RunAsync(Neo4jClient client, string text,
        IReadOnlyDictionary<string, object?>? parameters, TimeSpan cap)
    {
        await using var tx = await client.BeginTransactionAsync();
        await tx.RunAsync("RETURN 1");
        using var cts = new CancellationTokenSource(cap);
        var start = Stopwatch.GetTimestamp();
        try
        {
            var result = await tx.RunAsync(text, parameters, cts.Token);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            await tx.RollbackAsync();
            return (elapsed, result);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, null); // disposal deletes the transaction
        }
    }
}
