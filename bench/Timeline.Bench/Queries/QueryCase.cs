using System.Text.Json;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>One analyst question asked two ways: a GraphQL request through the API, and one hand-written Cypher query
/// through the client (the limit). <see cref="Agree"/> checks that both answers are the same (<see cref="Answers"/>).</summary>
internal sealed record QueryCase(
    string Name,
    string Description,
    string GraphQL,
    IReadOnlyDictionary<string, object?> Variables,
    string Cypher,
    IReadOnlyDictionary<string, object?> CypherParameters,
    Func<JsonElement, QueryResult, bool> Agree)
{
    /// <summary>Cypher round trips the request must cause: one per root field (none for a request without data fields).</summary>
    public int ExpectedRoundTrips { get; init; } = 1;

    /// <summary>Where the contract allows several right answers (<c>path</c>: any one shortest path), the hand-written query
    /// that lists all of them, run once; <see cref="Agree"/> then gets its result instead of the timed query's.</summary>
    public Statement? Reference { get; init; }

    /// <summary>Whether the throughput mix sends it. Not for a request whose answer reads an entity's whole history (a report
    /// rather than an interactive read): the mix must stay the same from run to run, and a mix chosen by speed changes when
    /// such a request gets faster (the associates of the hub at 10,000 documents fell under the mix's one-second cut and
    /// became most of its time).</summary>
    public bool InThroughputMix { get; init; } = true;

    /// <summary>A GET of this API path sent instead of the GraphQL request (<see cref="GraphQL"/> unused): a row that times the
    /// service's own HTTP stack and Neo4j client without GraphQL.</summary>
    public string? ApiGetPath { get; init; }

    /// <summary>Whether the API is sent <see cref="GraphQL"/> (every row but an <see cref="ApiGetPath"/> one).</summary>
    public bool SendsGraphQL => ApiGetPath is null;
}
