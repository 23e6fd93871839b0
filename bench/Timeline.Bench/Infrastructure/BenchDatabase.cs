using Timeline.Core.Lookup;
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

    /// <summary>Deletes the nodes whose id starts with <paramref name="prefix"/> (the baseline's copy of the corpus).
    /// The name-prefix lists, keyed by text and shared with every other entity, lose the copy's entries: a list that left none
    /// out keeps the others'; one that left some out (it has a bound) is deleted and built again from the entities left (the
    /// copy's entries pushed out entries of those, and a bound they set would keep them out: a stale entry or bound is harmless
    /// to search's answer — the read checks each listed entity — but would leave later searches unsettled, on the suffixes).</summary>
    // A source's kept document and change records name it by sourceId.
    public async Task DeletePrefixAsync(string prefix)
    {
        var rebuild = await ForgetPrefixListEntriesAsync(prefix);
        await DeleteWhereAsync(
            $"(n.id STARTS WITH $prefix OR n.sourceId STARTS WITH $prefix OR n.entity STARTS WITH $prefix OR ((n:{GraphLabels.ItemList} OR n:{GraphLabels.ItemBucket}) AND n.key CONTAINS $prefix))", prefix);
        await RebuildPrefixListsAsync(rebuild);
    }

    // Every list holding an entry (or bound) of the prefix's entities: one without a bound loses those entries (deleted when it
    // has none left); one with a bound is deleted, its key returned to be built again.
    private static readonly string ForgetEntries = $"""
        MATCH (l:{GraphLabels.NamePrefix})
        WHERE any(x IN coalesce(l.{NamePrefixes.EntriesProperty}, []) WHERE split(x, $separator)[2] STARTS WITH $prefix)
           OR split(l.{NamePrefixes.BoundProperty}, $separator)[2] STARTS WITH $prefix
        WITH l, l.{NamePrefixes.KeyProperty} AS key, l.{NamePrefixes.BoundProperty} IS NOT NULL AS bounded,
             [x IN coalesce(l.{NamePrefixes.EntriesProperty}, []) WHERE NOT split(x, $separator)[2] STARTS WITH $prefix] AS kept
        FOREACH (_ IN CASE WHEN bounded OR size(kept) = 0 THEN [] ELSE [1] END | SET l.{NamePrefixes.EntriesProperty} = kept)
        FOREACH (_ IN CASE WHEN bounded OR size(kept) = 0 THEN [1] ELSE [] END | DELETE l)
        RETURN key, bounded
        """;

    // The entities left with a key that starts with one of the texts, found through the name suffixes (the text is the first
    // characters of a suffix that starts a key).
    private static readonly string Listed = $"""
        UNWIND $texts AS text
        MATCH (s:{GraphLabels.NameSuffix}) USING INDEX s:{GraphLabels.NameSuffix}({NameSuffixes.KeyProperty})
        WHERE s.{NameSuffixes.KeyProperty} STARTS WITH text
        WITH DISTINCT text, s.{NameSuffixes.EntityProperty} AS id
        MATCH (e:{GraphLabels.Entity} {"{"}id: id{"}"}) WHERE any(k IN e.searchKeys WHERE k STARTS WITH text)
        RETURN DISTINCT e.id AS id
        """;

    private async Task<List<string>> ForgetPrefixListEntriesAsync(string prefix) =>
        (await client.RunAsync(ForgetEntries, new Dictionary<string, object?> { ["prefix"] = prefix, ["separator"] = NamePrefixes.Separator.ToString() }))
            .Records.Where(r => r.Get<bool>("bounded")).Select(r => r.Get<string>("key")).ToList();

    // The deleted lists built again as the migration builds them: every entity left that they list refreshed (the model's own
    // statement: this is the bench's housekeeping, not a measured write).
    private async Task RebuildPrefixListsAsync(List<string> texts)
    {
        if (texts.Count == 0)
            return;
        var ids = (await client.RunAsync(Listed, new Dictionary<string, object?> { ["texts"] = texts.Cast<object?>().ToList() }))
            .Records.Select(r => r.Get<string>("id")).Order(StringComparer.Ordinal).ToList();
        foreach (var part in ids.Chunk(500))
            await client.RunAsync([NamePrefixes.Refresh(part)!]);
    }

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
