namespace Timeline.Query.Questions;

/// <summary>An argument a question cannot take (a malformed date, an unknown type, kind or role, a foreign cursor, a range
/// out of bounds): a client mistake, with one message per problem. The API answers BAD_USER_INPUT, an export HTTP 400,
/// the command line exit code 1.</summary>
public sealed class QuestionArgumentException(string message) : Exception(message);
