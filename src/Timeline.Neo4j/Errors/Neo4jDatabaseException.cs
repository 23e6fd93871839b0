namespace Timeline.Neo4j;

/// <summary>The server failed internally (<c>Neo.DatabaseError.*</c>), or answered with something the client cannot read.</summary>
public sealed class Neo4jDatabaseException : Neo4jException
{
    /// <summary>Creates the error; the message names the code, the server's message and the statement.</summary>
    public Neo4jDatabaseException(string code, string message, string? statementText, Exception? innerException = null)
        : base(ServerErrorText.Format(code, message, statementText), code, message, statementText, innerException)
    {
    }

    /// <summary>The Neo4j status code, or a client-made one (<c>Timeline.Client.UnreadableResponse</c>) when the response made no sense.</summary>
    public new string Code => base.Code!;
}
