namespace Timeline.Neo4j;

/// <summary>The outcome of one statement: its columns, its rows and what it changed.</summary>
public sealed class QueryResult
{
    /// <summary>Creates a result (the client builds these from server responses).</summary>
    public QueryResult(IReadOnlyList<string> keys, IReadOnlyList<Neo4jRecord> records, QueryCounters counters)
    {
        Keys = keys;
        Records = records;
        Counters = counters;
    }

    /// <summary>Column names, in RETURN order.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<Neo4jRecord> Records { get; }

    /// <summary>What the statement changed.</summary>
    public QueryCounters Counters { get; }

    /// <summary>The only row; throws <see cref="InvalidOperationException"/> saying how many there were otherwise.</summary>
    public Neo4jRecord Single() => Records.Count == 1
        ? Records[0]
        : throw new InvalidOperationException($"Expected exactly one record but the query returned {Records.Count}.");
}
