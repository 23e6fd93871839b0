namespace Timeline.Neo4j;

/// <summary>The server stopped the transaction because it ran past the server's time limit (<c>dbms.transaction.timeout</c>
/// on Neo4j 3.x, <c>db.transaction.timeout</c> on 5). Not transient: the same statement would run as long again.</summary>
public sealed class Neo4jTransactionTimeoutException : Neo4jException
{
    /// <summary>Creates the error; the message names the code, the server's message and the statement.</summary>
    public Neo4jTransactionTimeoutException(string code, string message, string? statementText)
        : base(ServerErrorText.Format(code, message, statementText), code, message, statementText)
    {
    }
}
