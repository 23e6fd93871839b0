using Timeline.Query.Cypher;
using Timeline.Neo4j;

namespace Timeline.Api.Execution;

/// <summary>Runs a compiled read query. A root field is one read-only statement, so it goes to the autocommit endpoint: its
/// own transaction in ONE HTTP request (an explicit transaction would cost a second request for the commit), with the
/// client's retries on transient errors.</summary>
internal sealed class CypherReader(Neo4jClient client)
{
    public Task<QueryResult> ReadAsync(CompiledQuery query, CancellationToken cancellationToken) =>
        client.RunAsync(query.Text, query.Parameters, cancellationToken);
}
