namespace Timeline.Api.Security;

/// <summary>The <c>extensions.code</c> values of access and limit errors (the others are in <see cref="Execution.ErrorCodes"/>).</summary>
public static class SecurityErrorCodes
{
    /// <summary>No credential, or an invalid, unknown or revoked one (HTTP 401).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller's role does not allow the operation (HTTP 403).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Too many requests for this key (or address); retry after the <c>Retry-After</c> seconds (HTTP 429).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The request ran longer than its time limit and was cancelled (HTTP 504).</summary>
    public const string QueryTimeout = "QUERY_TIMEOUT";
}
