using Timeline.Query.Cypher;
using Timeline.Neo4j;

namespace Timeline.Api.Execution;

/// <summary>Runs a compiled read query. A root field is one read-only statement, so it goes to the autocommit endpoint: its
/// own transaction in ONE HTTP request (an explicit transaction would cost a second request for the commit), with the
/// client's retries on transient errors. The statement is named after its root field, which names its span
/// (<see cref="Neo4jDiagnostics"/>).</summary>
internal sealed class CypherReader(Neo4jClient client)
{
    public Task<QueryResult> ReadAsync(CompiledQuery query, string rootField, CancellationToken cancellationToken) =>
        client.RunAsync(new Statement(query.Text, query.Parameters) { Name = rootField }, cancellationToken);
}
