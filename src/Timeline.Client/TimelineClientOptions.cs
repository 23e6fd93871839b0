namespace Timeline.Client;

/// <summary>Where the Timeline API is and how to talk to it.</summary>
public sealed class TimelineClientOptions
{
    /// <summary>The API's default address.</summary>
    public static readonly Uri DefaultEndpoint = new("http://127.0.0.1:5080/graphql");

    /// <summary>The GraphQL endpoint (default http://127.0.0.1:5080/graphql). The export downloads are found beside it,
    /// under <c>/export/</c>.</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>An API key sent with every request in <see cref="ApiKeyHeader"/>; none when null.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The header carrying <see cref="ApiKey"/> (default <c>X-Api-Key</c>).</summary>
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>How long one HTTP request may take (default 100 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Items fetched per request when paging timelines and statements (1 to the server's maximum, 100 by default).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Options for <paramref name="endpoint"/> (e.g. the <c>TIMELINE_URL</c> a notebook was given), the default address when null or empty.</summary>
    public static TimelineClientOptions For(string? endpoint, string? apiKey = null) => new()
    {
        Endpoint = string.IsNullOrWhiteSpace(endpoint) ? DefaultEndpoint : new Uri(endpoint),
        ApiKey = string.IsNullOrEmpty(apiKey) ? null : apiKey,
    };
}
