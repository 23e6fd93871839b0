using System.Text.RegularExpressions;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Testing.Neo4j;

/// <summary>Removes what a test created: everything under a test label, or nodes by id.</summary>
public static partial class Neo4jTestData
{
    /// <summary>Deletes every node carrying <paramref name="label"/>, with its relationships; returns how many.</summary>
    public static async Task<long> DeleteLabelAsync(Neo4jClient client, string label)
    {
        // Labels cannot be parameters; accept only plain identifiers so the splice cannot inject anything.
        if (!PlainIdentifier().IsMatch(label))
            throw new ArgumentException($"'{label}' is not a plain label (letters, digits, underscore).", nameof(label));
        var result = await client.RunAsync($"MATCH (n:`{label}`) DETACH DELETE n RETURN count(n) AS deleted").ConfigureAwait(false);
        return result.Single().Get<long>("deleted");
    }

    /// <summary>Deletes the nodes whose <c>id</c> property is one of <paramref name="ids"/>, with their relationships, and the
    /// ingest audit records, kept documents and change records of those that are sources, and the corrections of those that
    /// are facts (and their change records), and their item and relation lists; returns how many nodes with those ids were deleted.</summary>
    public static async Task<long> DeleteIdsAsync(Neo4jClient client, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        var results = await client.RunAsync(
        [
            // One scan for all the ids (not one per id: a test may own a thousand).
            new Statement("MATCH (n) WHERE n.id IN $ids DETACH DELETE n RETURN count(n) AS deleted", new Dictionary<string, object?> { ["ids"] = list }),
            new Statement(ListsOf, new Dictionary<string, object?>
            {
                ["lists"] = list.SelectMany(id => ItemListKind.All.Select(k => k.ListKey(id)).Append(RelationLists.ListKey(id))).ToList(),
                ["bucketSeparator"] = ItemLists.BucketSeparator.ToString(),
            }),
            new Statement("MATCH (a:IngestAudit) WHERE a.sourceId IN $ids DELETE a", new Dictionary<string, object?> { ["ids"] = list }),
            new Statement("MATCH (d:SourceDocument) WHERE d.sourceId IN $ids DELETE d", new Dictionary<string, object?> { ["ids"] = list }),
            new Statement("MATCH (c:Change) WHERE c.sourceId IN $ids DELETE c", new Dictionary<string, object?> { ["ids"] = list }),
            new Statement(CorrectionsOf, new Dictionary<string, object?> { ["ids"] = list }),
            new Statement(CurationChangesOf, new Dictionary<string, object?> { ["ids"] = list }),
            new Statement("MATCH (s:MergeSnapshot) WHERE s.id IN $ids OR s._from IN $ids OR s._to IN $ids OR s._id IN $ids DELETE s", new Dictionary<string, object?> { ["ids"] = list }),
        ]).ConfigureAwait(false);
        return results[0].Single().Get<long>("deleted");
    }

    /// <summary>Deletes the item and relation lists (<c>$lists</c>, their keys) and their buckets.</summary>
    public static readonly string ListsOf = $$"""
        MATCH (list:{{GraphLabels.ItemList}}) WHERE list.{{ItemLists.KeyProperty}} IN $lists
        OPTIONAL MATCH (bucket:{{GraphLabels.ItemBucket}})
        WHERE bucket.{{ItemLists.KeyProperty}} IN [s IN list.{{ItemLists.StartsProperty}} | list.{{ItemLists.KeyProperty}} + $bucketSeparator + s]
        WITH list, collect(bucket) AS buckets
        FOREACH (b IN buckets | DELETE b)
        DELETE list
        """;

    /// <summary>Deletes the editors' corrections of the facts among <c>$ids</c>, and of the relations that join them (named
    /// <c>TYPE:from-&gt;to|key</c>).</summary>
    public const string CorrectionsOf = """
        MATCH (c:Correction)
        WHERE c.factId IN $ids OR any(id IN $ids WHERE c.factId CONTAINS (':' + id + '->') OR c.factId ENDS WITH ('->' + id) OR c.factId CONTAINS ('->' + id + '|'))
        DELETE c
        """;

    /// <summary>Deletes the change records of curations of a fact (they name no source) that touched one of <c>$ids</c>.</summary>
    public const string CurationChangesOf = """
        MATCH (c:Change)
        WHERE c.sourceId IS NULL
        WITH c
        WHERE any(t IN c.targets WHERE t IN $ids OR any(id IN $ids WHERE t CONTAINS (':' + id + '->')))
        DELETE c
        """;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainIdentifier();
}
