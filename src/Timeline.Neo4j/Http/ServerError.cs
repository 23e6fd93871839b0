namespace Timeline.Neo4j.Http;

/// <summary>One entry of a response's <c>errors</c> array.</summary>
internal sealed record ServerError(string Code, string Message);
