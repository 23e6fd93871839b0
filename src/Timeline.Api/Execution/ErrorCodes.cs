namespace Timeline.Api.Execution;

/// <summary>The stable <c>extensions.code</c> values of this API's errors.</summary>
public static class ErrorCodes
{
    /// <summary>An argument, variable, cursor or request body the API cannot accept.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>An id that names nothing in the graph.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The query is too deep, too complex or has too many aliases.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>Neo4j could not be reached.</summary>
    public const string Neo4jUnavailable = "NEO4J_UNAVAILABLE";

    /// <summary>The query text is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The query does not validate against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A fault of the server; details are logged, never returned.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
