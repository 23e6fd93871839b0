namespace Timeline.Neo4j;

/// <summary>What the server said about itself during endpoint discovery.</summary>
/// <param name="Version">The full version string, e.g. <c>3.1.1</c> or <c>5.26.0</c>.</param>
/// <param name="Major">The major version number (Cypher dialect differences follow it).</param>
/// <param name="Edition"><c>community</c>, <c>enterprise</c> or <c>unknown</c>.</param>
/// <param name="TransactionEndpoint">The transactional Cypher endpoint, e.g. <c>/db/data/transaction</c> or <c>/db/neo4j/tx</c>.</param>
public sealed record ServerInfo(string Version, int Major, string Edition, Uri TransactionEndpoint)
{
    /// <summary>A short human description, e.g. <c>Neo4j 3.1.1 community</c>.</summary>
    public override string ToString() => $"Neo4j {Version} {Edition}";
}
