using System.Collections.Concurrent;
using System.Diagnostics;
using Timeline.Bench.Reporting;

namespace Timeline.Bench.Queries;

/// <summary>N clients, each sending the next request of the mix as soon as its previous answer arrived, for a fixed time.
/// A request counts as an error unless it answers HTTP 200 without <c>errors</c>.</summary>
internal static class ThroughputBenchmark
{
    public static async Task<ThroughputReport> RunAsync(GraphQLClient api, IReadOnlyList<QueryCase> cases, int clients, double seconds)
    {
        var bodies = cases.Select(c => GraphQLClient.Body(c.GraphQL, c.Variables)).ToArray();
        var latencies = new ConcurrentBag<double>();
        long errors = 0;
        string? firstError = null;
        var deadline = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async client =>
        {
            for (var i = client; deadline.Elapsed.TotalSeconds < seconds; i++)
            {
                try
                {
                    var answer = await api.PostAsync(bodies[i % bodies.Length]);
                    latencies.Add(answer.Milliseconds);
                    if (!answer.Check(out _, out _, out var problem))
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, problem, null);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, e.Message, null);
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        var elapsed = deadline.Elapsed.TotalSeconds;
        var samples = latencies.ToArray();
        return new ThroughputReport(clients, elapsed, samples.Length, samples.Length / elapsed,
            Stats.Median(samples), Stats.Percentile(samples, 99), errors, firstError);
    }
}
