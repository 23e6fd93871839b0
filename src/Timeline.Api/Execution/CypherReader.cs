using Timeline.Api.Translation.Cypher;
using Timeline.Neo4j;

namespace Timeline.Api.Execution;

/// <summary>Runs a compiled read query in a read transaction.</summary>
internal sealed class CypherReader(Neo4jClient client)
{
    public Task<QueryResult> ReadAsync(CompiledQuery query, CancellationToken cancellationToken) =>
        client.ExecuteReadAsync(tx => tx.RunAsync(query.Text, query.Parameters, cancellationToken), cancellationToken);
}
