namespace Timeline.Api.Security;

/// <summary>Time limits of one GraphQL request (section <c>Timeline:Limits</c>). When a limit passes, the request's Neo4j
/// calls are cancelled (an ingest's transaction rolls back) and the answer is 504 <c>QUERY_TIMEOUT</c>.</summary>
public sealed class RequestLimitsOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Timeline:Limits";

    /// <summary>Longest a query request may run (default 30 s).</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest an <c>ingestDocument</c> request may run (default 120 s: a large document is one big transaction).</summary>
    public TimeSpan IngestTimeout { get; set; } = TimeSpan.FromSeconds(120);
}
