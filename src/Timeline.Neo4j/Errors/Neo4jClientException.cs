namespace Timeline.Neo4j;

/// <summary>The server rejected a request as the client's fault (<c>Neo.ClientError.*</c>): syntax, constraint violation, bad parameter…
/// Retrying the same request fails the same way.</summary>
public class Neo4jClientException : Neo4jException
{
    /// <summary>Creates the error; the message names the code, the server's message and the statement.</summary>
    public Neo4jClientException(string code, string message, string? statementText)
        : base(ServerErrorText.Format(code, message, statementText), code, message, statementText)
    {
    }

    /// <summary>For subclasses that word the message themselves.</summary>
    protected Neo4jClientException(string fullMessage, string code, string serverMessage, string? statementText)
        : base(fullMessage, code, serverMessage, statementText)
    {
    }

    /// <summary>The Neo4j status code (never null for this type).</summary>
    public new string Code => base.Code!;
}
