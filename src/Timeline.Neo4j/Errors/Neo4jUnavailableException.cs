namespace Timeline.Neo4j;

/// <summary>The server could not be reached or did not answer in time: refused connection, unknown host, timeout, broken connection.</summary>
public sealed class Neo4jUnavailableException : Neo4jException
{
    /// <summary>Creates the error; the message reads "Neo4j unreachable at &lt;url&gt;: &lt;reason&gt;".</summary>
    public Neo4jUnavailableException(string serverUrl, string reason, Exception? innerException = null)
        : base($"Neo4j unreachable at {serverUrl}: {reason}", innerException)
    {
        ServerUrl = serverUrl;
        Reason = reason;
    }

    /// <summary>The address that could not be reached (without credentials).</summary>
    public string ServerUrl { get; }

    /// <summary>Why: the socket error, or which timeout elapsed.</summary>
    public string Reason { get; }
}
