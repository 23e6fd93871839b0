namespace Timeline.Neo4j.Http;

/// <summary>A parsed response of the transactional endpoint: results of the statements that ran, errors, and where the
/// open transaction lives (from the Location header on begin and the <c>commit</c> link).</summary>
internal sealed record TransactionResponse(
    IReadOnlyList<QueryResult> Results,
    IReadOnlyList<ServerError> Errors,
    Uri? Location,
    Uri? CommitUri);
