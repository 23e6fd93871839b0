using Timeline.Api.Security;
using Timeline.Neo4j;

namespace Timeline.Api.Hosting;

/// <summary>Keeps <see cref="Neo4jOptions.RequestTimeout"/> at least as long as the API's own request limits.</summary>
internal static class Neo4jRequestTimeout
{
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
