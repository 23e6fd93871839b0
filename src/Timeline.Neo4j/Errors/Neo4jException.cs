namespace Timeline.Neo4j;

/// <summary>Base of every error the Neo4j client reports.</summary>
public class Neo4jException : Exception
{
    /// <summary>Creates an error with a complete message.</summary>
    public Neo4jException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error that carries the server's status code and the statement it came from.</summary>
    protected Neo4jException(string message, string? code, string? serverMessage, string? statementText, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        ServerMessage = serverMessage;
        StatementText = statementText;
    }

    /// <summary>The Neo4j status code, e.g. <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>; null for errors raised by the client itself.</summary>
    public string? Code { get; }

    /// <summary>The message as the server wrote it, without the client's additions.</summary>
    public string? ServerMessage { get; }

    /// <summary>The Cypher text of the statement that failed, when it is known.</summary>
    public string? StatementText { get; }
}
