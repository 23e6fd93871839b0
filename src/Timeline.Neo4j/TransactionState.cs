namespace Timeline.Neo4j;

/// <summary>Where an explicit transaction stands, as far as the client knows.</summary>
internal enum TransactionState
{
    /// <summary>No request sent yet: the server-side transaction is created by the first statements (saves a round trip).</summary>
    NotStarted,
    Open,
    Committed,
    RolledBack,
    /// <summary>A request failed with a server error: Neo4j rolls the whole transaction back on any error.</summary>
    RolledBackByServer,
    /// <summary>A request was cut off (timeout, cancellation, broken connection): the server may still hold the transaction.</summary>
    Unknown,
}
