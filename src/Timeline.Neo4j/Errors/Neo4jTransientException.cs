namespace Timeline.Neo4j;

/// <summary>The server reported a transient failure (<c>Neo.TransientError.*</c>, e.g. a deadlock) that outlasted the client's retries,
/// or that happened inside an explicit transaction, where only the caller can decide to run the unit again.</summary>
public sealed class Neo4jTransientException : Neo4jException
{
    /// <summary>Creates the error; the message names the code, the server's message and the statement.</summary>
    public Neo4jTransientException(string code, string message, string? statementText)
        : base(ServerErrorText.Format(code, message, statementText), code, message, statementText)
    {
    }

    /// <summary>The Neo4j status code (never null for this type).</summary>
    public new string Code => base.Code!;
}
