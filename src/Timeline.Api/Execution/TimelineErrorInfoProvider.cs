using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using Timeline.Api.Security;
using Timeline.Neo4j;

namespace Timeline.Api.Execution;

/// <summary>Gives every error a stable <c>extensions.code</c> and never exposes exception details, stack traces or Cypher:
/// server faults read "Internal server error" (the details go to the log).</summary>
internal sealed class TimelineErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var (code, message) = Classify(executionError);
        return new ErrorInfo
        {
            Message = message,
            Extensions = new Dictionary<string, object?> { ["code"] = code },
        };
    }

    public static string CodeOf(ExecutionError error) => Classify(error).Code;

    private static (string Code, string Message) Classify(ExecutionError error) => error switch
    {
        TimelineException t => (t.Code!, t.Message),
        CodedValidationError v => (v.Code!, v.Message),
        SyntaxError => (ErrorCodes.ParseFailed, error.Message),
        ComplexityError => (ErrorCodes.QueryTooComplex, error.Message),
        InvalidVariableError => (ErrorCodes.BadUserInput, error.Message),
        ValidationError => (ErrorCodes.ValidationFailed, error.Message),
        UnhandledError { InnerException: Neo4jUnavailableException } => (ErrorCodes.Neo4jUnavailable, "The graph database is unavailable; try again later."),
        UnhandledError { InnerException: Neo4jTransactionTimeoutException } => (SecurityErrorCodes.QueryTimeout,
            "The query ran past the graph database's time limit and was stopped; ask for less (a smaller page, fewer levels)."),
        UnhandledError => (ErrorCodes.InternalServerError, "Internal server error."),
        QueryMissingError or NoOperationError or NoOperationNameError or InvalidOperationNameError => (ErrorCodes.BadUserInput, error.Message),
        DocumentError => (ErrorCodes.ValidationFailed, error.Message),
        // Input coercion during execution (e.g. a scalar rejecting a value) is the client's mistake.
        _ when error.InnerException is null => (ErrorCodes.BadUserInput, error.Message),
        _ => (ErrorCodes.InternalServerError, "Internal server error."),
    };
}
