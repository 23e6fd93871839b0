namespace Timeline.Bench.Queries;

/// <summary>Concurrent clients against /graphql for a fixed time, each cycling through the request mix.</summary>
internal sealed record ThroughputReport(int Clients, double Seconds, long Requests, double RequestsPerSecond, double P50, double P99, long Errors, string? FirstError)
{
    /// <summary>Requests left out of the mix (did not run, or p50 over a second).</summary>
    public List<string> Excluded { get; init; } = [];
}
