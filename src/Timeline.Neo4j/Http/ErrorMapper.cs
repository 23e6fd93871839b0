namespace Timeline.Neo4j.Http;

/// <summary>Turns server-reported errors into the client's exception types, by the classification part of the status code.</summary>
internal static class ErrorMapper
{
    public static bool IsAuthentication(string code) =>
        code is "Neo.ClientError.Security.Unauthorized"
            or "Neo.ClientError.Security.AuthenticationRateLimit"
            or "Neo.ClientError.Security.CredentialsExpired";

    /// <summary>Neo4j 3.x reads at read-committed isolation: a scan that meets a node another transaction deletes
    /// meanwhile fails with EntityNotFound ("Unable to load NODE with id …"). Nothing is wrong with the statement;
    /// running it again succeeds, so it is treated like the transient errors.</summary>
    public static bool IsReadRace(string code) => code == "Neo.ClientError.Statement.EntityNotFound";

    /// <summary>Neo4j 4+ has a status code for it; 3.x reports a failed statement whose message names the timeout, in one
    /// of two forms depending on where the terminated query was ("Transaction timeout. (Overtime: 1 ms)." or "… has not
    /// completed within the specified timeout …").</summary>
    public static bool IsServerTimeout(ServerError error) =>
        error.Code.StartsWith("Neo.ClientError.Transaction.TransactionTimedOut", StringComparison.Ordinal)
        || error.Message.StartsWith("Transaction timeout.", StringComparison.Ordinal)
        || error.Message.Contains("not completed within the specified timeout", StringComparison.Ordinal);

    public static Neo4jException ToException(ServerError error, string? statementText, string user, string serverUrl)
    {
        if (IsServerTimeout(error))
            return new Neo4jTransactionTimeoutException(error.Code, error.Message, statementText);
        if (IsAuthentication(error.Code))
            return new Neo4jAuthenticationException(error.Code, error.Message, user, serverUrl);
        if (IsReadRace(error.Code))
            return new Neo4jTransientException(error.Code, error.Message, statementText);
        if (error.Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
            return new Neo4jClientException(error.Code, error.Message, statementText);
        if (error.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            return new Neo4jTransientException(error.Code, error.Message, statementText);
        return new Neo4jDatabaseException(error.Code, error.Message, statementText);
    }

    /// <summary>Which statement of a request failed. The server stops at the first failing statement, after the complete
    /// results of the ones before it, so the count of complete results points at the culprit; an error after all of them
    /// ran (at commit) is charged to the last one.</summary>
    public static string? FailedStatementText(IReadOnlyList<Statement> statements, int completedResults)
    {
        if (statements.Count == 0)
            return null;
        return statements[Math.Min(completedResults, statements.Count - 1)].Text;
    }
}
