using GraphQL.Validation;

namespace Timeline.Api.Execution;

/// <summary>A validation error of this API's own rules, with its code (BAD_USER_INPUT, QUERY_TOO_COMPLEX).</summary>
internal sealed class CodedValidationError : ValidationError
{
    public CodedValidationError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
