namespace Timeline.Api.Security;

/// <summary>Per-caller rate limit of <c>/graphql</c> (section <c>Timeline:RateLimit</c>): a token bucket per API key id or JWT
/// subject, and per client IP address for anonymous or unauthenticated requests (so guessing keys is throttled too).</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Timeline:RateLimit";

    /// <summary>Whether requests are limited at all (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Sustained requests per second per caller (default 20).</summary>
    public int RequestsPerSecond { get; set; } = 20;

    /// <summary>Requests a caller may send at once after being idle (bucket size, default 100).</summary>
    public int Burst { get; set; } = 100;
}
