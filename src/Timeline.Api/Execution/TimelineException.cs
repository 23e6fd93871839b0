using GraphQL;

namespace Timeline.Api.Execution;

/// <summary>A request-level error with a stable code (a client mistake or a missing id), reported as a GraphQL error.</summary>
internal sealed class TimelineException : ExecutionError
{
    public TimelineException(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
