using Timeline.Api.Security;
using Timeline.Core.Security;
using Timeline.Neo4j;

namespace Timeline.Api.Hosting;

/// <summary>Neo4j settings: the <c>Neo4j</c> configuration section (Uri, User, Password, Database, timeouts), overridden by
/// the environment variables <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and <c>NEO4J_PASSWORD_FILE</c>
/// that the CLI also reads.</summary>
internal static class Neo4jConfiguration
{
    public const string Section = "Neo4j";

    public static void ApplyEnvironment(Neo4jOptions options, IConfiguration configuration)
    {
        if (configuration["NEO4J_URI"] is { Length: > 0 } uri)
            options.Uri = new Uri(uri);
        if (configuration["NEO4J_USER"] is { Length: > 0 } user)
            options.User = user;
        if (configuration["NEO4J_PASSWORD"] is { } password)
            options.Password = password;
        // A secrets file keeps the password out of the environment (and so out of process listings and crash dumps).
        Neo4jPasswordFile.Apply(options, key => configuration[key]);
    }

    /// <summary>Raises <see cref="Neo4jOptions.RequestTimeout"/> to the longest request limit (<see cref="RequestLimitsOptions"/>).
    /// RequestTimeout guards against a server that never answers, but Neo4j answers a request only when its statements are
    /// done, so the guard cannot tell a silent server from a long statement. An ingest writes in one request that may
    /// rightly run until <c>IngestTimeout</c> (a large document, a lock held by another writer, a deadlock and its retry on
    /// a busy machine); cut off earlier, a slow but live server was reported as unavailable (503) and a transaction that
    /// would have committed was abandoned. Now the request's own limit always acts first and answers QUERY_TIMEOUT.</summary>
    public static void CoverRequestLimits(Neo4jOptions options, RequestLimitsOptions limits)
    {
        foreach (var limit in new[] { limits.QueryTimeout, limits.IngestTimeout })
        {
            if (limit > options.RequestTimeout && limit != Timeout.InfiniteTimeSpan)
                options.RequestTimeout = limit;
        }
    }
}
