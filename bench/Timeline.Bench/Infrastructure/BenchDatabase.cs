using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Neo4j;

namespace Timeline.Bench.Infrastructure;

/// <summary>The bench instance's database: emptied between scales, schema applied with the project's own migrator.</summary>
internal sealed class BenchDatabase(Neo4jClient client)
{
    public Neo4jClient Client => client;

    /// <summary>Deletes every relationship, then every node, in batches (one huge DETACH DELETE would need a transaction the
    /// 512 MB heap cannot hold),
    /// then applies the schema (constraints and indexes stay; the migration records are recreated).</summary>
    public async Task ResetAsync()
    {
        await DeleteWhereAsync("true");
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
    }

    /// <summary>Deletes the nodes whose id starts with <paramref name="prefix"/> (the baseline's copy of the corpus).</summary>
    // A source's kept document and change records name it by sourceId.
    public Task DeletePrefixAsync(string prefix) => DeleteWhereAsync(
        $"(n.id STARTS WITH $prefix OR n.sourceId STARTS WITH $prefix OR n.entity STARTS WITH $prefix OR ((n:{GraphLabels.ItemList} OR n:{GraphLabels.ItemBucket}) AND n.key CONTAINS $prefix))", prefix);

    private async Task DeleteWhereAsync(string condition, string? prefix = null)
    {
        // Relationships first, in batches: a batch of nodes that holds a hub would otherwise detach tens of thousands of
        // relationships in one transaction (HTTP 500, out of heap, on a 10,000-document graph).
        await DeleteInBatchesAsync($"MATCH (n)-[r]-() WHERE {condition} WITH DISTINCT r LIMIT 20000 DELETE r RETURN count(*) AS deleted", prefix);
        await DeleteInBatchesAsync($"MATCH (n) WHERE {condition} WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted", prefix);
    }

    private async Task DeleteInBatchesAsync(string statement, string? prefix)
    {
        var parameters = new Dictionary<string, object?> { ["prefix"] = prefix };
        while ((await client.RunAsync(statement, parameters)).Records[0].Get<long>("deleted") > 0)
        {
        }
    }

    public async Task<(long Nodes, long Relationships)> CountAsync(string? prefix = null)
    {
        // The knowledge graph only: bookkeeping (kept documents, change records, migrations) is not a fact.
        var facts = "(" + string.Join(" OR ", Timeline.Core.Ontology.GraphLabels.Identity.Select(l => "n:" + l)) + ")";
        var where = prefix is null ? facts : facts + " AND n.id STARTS WITH $prefix";
        var parameters = new Dictionary<string, object?> { ["prefix"] = prefix };
        var nodes = await client.RunAsync($"MATCH (n) WHERE {where} RETURN count(n) AS c", parameters);
        var rels = await client.RunAsync($"MATCH (n)-[r]->() WHERE {where} RETURN count(r) AS c", parameters);
        return (nodes.Records[0].Get<long>("c"), rels.Records[0].Get<long>("c"));
    }
}
