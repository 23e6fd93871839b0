using Timeline.Neo4j;

namespace Timeline.IntegrationTests.Security;

/// <summary>Counts and deletes a document's nodes by id through the indexed identity labels (an unlabelled
/// <c>MATCH (n {id: …})</c> scans the whole graph per id, too slow for generated documents with thousands of ids).</summary>
internal static class GraphIds
{
    private const string Lookup = """
        UNWIND $ids AS id
        OPTIONAL MATCH (e:Entity {id: id})
        OPTIONAL MATCH (v:Event {id: id})
        OPTIONAL MATCH (s:Statement {id: id})
        OPTIONAL MATCH (src:Source {id: id})
        WITH id, [x IN [e, v, s, src] WHERE x IS NOT NULL] AS found
        """;

    /// <summary>How many of <paramref name="ids"/> name a node.</summary>
    public static async Task<long> CountAsync(Neo4jClient client, IEnumerable<string> ids) =>
        (await client.RunAsync(Lookup + "\nRETURN sum(size(found)) AS n", new Dictionary<string, object?> { ["ids"] = ids.ToList() }))
            .Single().Get<long>("n");

    /// <summary>Deletes the nodes (with their relationships), the kept documents and change records of the sources among them,
    /// the corrections of the facts among them, and the audit records of <paramref name="sourceId"/>.</summary>
    public static async Task DeleteAsync(Neo4jClient client, IEnumerable<string> ids, string? sourceId = null)
    {
        foreach (var batch in ids.Chunk(2000))
        {
            await client.RunAsync(Lookup + "\nUNWIND found AS n DETACH DELETE n",
                new Dictionary<string, object?> { ["ids"] = batch.ToList() });
            // The kept documents and change records of the sources among them.
            await client.RunAsync("UNWIND $ids AS id MATCH (d:SourceDocument {sourceId: id}) DELETE d",
                new Dictionary<string, object?> { ["ids"] = batch.ToList() });
            await client.RunAsync("UNWIND $ids AS id MATCH (c:Change {sourceId: id}) DELETE c",
                new Dictionary<string, object?> { ["ids"] = batch.ToList() });
            // The corrections of the facts among them (and of the relations joining them), with their change records.
            await client.RunAsync(Timeline.Testing.Neo4j.Neo4jTestData.CorrectionsOf, new Dictionary<string, object?> { ["ids"] = batch.ToList() });
            await client.RunAsync(Timeline.Testing.Neo4j.Neo4jTestData.CurationChangesOf, new Dictionary<string, object?> { ["ids"] = batch.ToList() });
        }
        if (sourceId is not null)
            await client.RunAsync("MATCH (a:IngestAudit {sourceId: $id}) DELETE a", new Dictionary<string, object?> { ["id"] = sourceId });
    }
}
