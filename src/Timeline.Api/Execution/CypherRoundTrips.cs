using Timeline.Neo4j;

namespace Timeline.Api.Execution;

/// <summary>Counts the HTTP requests carrying Cypher that one GraphQL request causes (the client raises
/// <see cref="Neo4jClient.RequestSending"/> per request; the count flows with the request's async context).</summary>
internal sealed class CypherRoundTrips
{
    private static readonly AsyncLocal<Counter?> Current = new();

    public CypherRoundTrips(Neo4jClient client)
    {
        client.RequestSending += _ =>
        {
            if (Current.Value is { } counter)
                Interlocked.Increment(ref counter.Count);
        };
    }

    /// <summary>Starts counting for the current request; read the returned counter when it is done.</summary>
    public static Counter Begin()
    {
        var counter = new Counter();
        Current.Value = counter;
        return counter;
    }

    internal sealed class Counter
    {
        public int Count;
    }
}
