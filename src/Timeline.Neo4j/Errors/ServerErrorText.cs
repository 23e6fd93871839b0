namespace Timeline.Neo4j;

/// <summary>Builds messages for server-reported errors so that every one names its code and its statement the same way.</summary>
internal static class ServerErrorText
{
    // Long generated statements (batch UNWINDs, projections) would drown the message; the full text stays in StatementText.
    private const int MaxStatementChars = 600;

    public static string Format(string code, string serverMessage, string? statementText)
    {
        var message = $"{code}: {serverMessage.Trim()}";
        if (string.IsNullOrWhiteSpace(statementText))
            return message;
        var statement = statementText.Length <= MaxStatementChars
            ? statementText
            : string.Concat(statementText.AsSpan(0, MaxStatementChars), " …");
        return $"{message}{Environment.NewLine}Statement: {statement}";
    }
}
