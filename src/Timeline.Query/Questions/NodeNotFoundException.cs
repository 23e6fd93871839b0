namespace Timeline.Query.Questions;

/// <summary>An id a question was asked about names nothing in the graph. The API answers NOT_FOUND, an export HTTP 404,
/// the command line exit code 1.</summary>
public sealed class NodeNotFoundException(string message) : Exception(message);
