using System.Diagnostics;

namespace Timeline.Bench.Infrastructure;

/// <summary>Wraps the client's HTTP handler to time every request to Neo4j, by kind (open/continue a transaction, commit,
/// autocommit), so that an ingest's wall time splits into server round trips and client-side work.</summary>
internal sealed class RequestTimingHandler() : DelegatingHandler(new SocketsHttpHandler
{
    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    PooledConnectionIdleTimeout = TimeSpan.FromSeconds(60),
    AllowAutoRedirect = false,
})
{
    private long _requests;
    private long _ticks;
    private long _commitRequests;
    private long _commitTicks;

    public bool Enabled { get; set; } = true;

    /// <summary>Sees every request before it is sent, and may refuse it by throwing (a profiling aid: <c>Ingest/IngestProfile.cs</c>
    /// keeps a bulk batch from committing).</summary>
    public Action<HttpRequestMessage>? BeforeSending { get; set; }

    public long Requests => Interlocked.Read(ref _requests);

    public TimeSpan Elapsed => ToTimeSpan(Interlocked.Read(ref _ticks));

    /// <summary>Requests that commit (to a <c>…/commit</c> URI: a transaction's last request, or an autocommit one).</summary>
    public long CommitRequests => Interlocked.Read(ref _commitRequests);

    /// <summary>Time inside the requests that commit (their statements included).</summary>
    public TimeSpan CommitElapsed => ToTimeSpan(Interlocked.Read(ref _commitTicks));

    private static TimeSpan ToTimeSpan(long ticks) => TimeSpan.FromTicks(ticks * TimeSpan.TicksPerSecond / Stopwatch.Frequency);

    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _ticks, 0);
        Interlocked.Exchange(ref _commitRequests, 0);
        Interlocked.Exchange(ref _commitTicks, 0);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        BeforeSending?.Invoke(request);
        var start = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken);
        // The client reads the body after this returns; buffer it here so the server's streaming time is counted too.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        if (Enabled && request.RequestUri?.AbsolutePath.Contains("/transaction", StringComparison.Ordinal) == true)
        {
            var ticks = Stopwatch.GetTimestamp() - start;
            Interlocked.Increment(ref _requests);
            Interlocked.Add(ref _ticks, ticks);
            if (request.RequestUri.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _commitRequests);
                Interlocked.Add(ref _commitTicks, ticks);
            }
        }
        return response;
    }
}
