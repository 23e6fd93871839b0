using System.Net;

namespace Timeline.Client;

/// <summary>An error of the Timeline API: a GraphQL error (with its <c>extensions.code</c>, e.g. NOT_FOUND,
/// BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED, NEO4J_UNAVAILABLE), an HTTP failure (code <c>HTTP_&lt;status&gt;</c>,
/// or UNAUTHENTICATED / FORBIDDEN), or no answer at all (SERVICE_UNREACHABLE, TIMEOUT).</summary>
public sealed class TimelineApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TimelineApiException(string code, string message, HttpStatusCode? statusCode = null,
        IReadOnlyList<GraphQLError>? errors = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        StatusCode = statusCode;
        Errors = errors ?? [];
    }

    /// <summary>The first error's <c>extensions.code</c>, or the client's code for failures without one.</summary>
    public string Code { get; }

    /// <summary>The HTTP status of the answer, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Every GraphQL error of the answer.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}

/// <summary>One GraphQL error: its message, <c>extensions.code</c> and the path of the field that failed.</summary>
public sealed record GraphQLError(string Message, string? Code, IReadOnlyList<string> Path);
