namespace Timeline.Neo4j.Http;

/// <summary>A parsed response of the transactional endpoint: results of the statements that ran, errors, and where the
/// open transaction lives (from the Location header on begin and the <c>commit</c> link). <c>CompletedResults</c> counts the
/// results that ran to the end: a statement that fails while streaming rows leaves a partial result behind it.</summary>
internal sealed record TransactionResponse(
    IReadOnlyList<QueryResult> Results,
    int CompletedResults,
    IReadOnlyList<ServerError> Errors,
    Uri? Location,
    Uri? CommitUri);
