using Timeline.Core.Lookup;
using Timeline.Neo4j;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>What the list migration tests read and plant in the stored lists (<see cref="ItemLists"/>) directly, by list
/// key: an item list's (<see cref="ItemListKind.ListKey"/>) or a relation list's (<see cref="RelationLists.ListKey"/>).</summary>
internal static class StoredLists
{
    /// <summary>Puts <paramref name="entry"/> first in the list's first bucket, as a list written before the exact flag may
    /// hold one.</summary>
    public static Task AddEntryFirstAsync(Neo4jClient db, string listKey, string entry) =>
        db.RunAsync("MATCH (b:ItemBucket {key: $bucket}) SET b.entries = [$entry] + b.entries",
            new Dictionary<string, object?> { ["bucket"] = listKey + ItemLists.BucketSeparator, ["entry"] = entry });

    /// <summary>Each list's exact flag, in the order of <paramref name="keys"/> (null: no flag, or no list).</summary>
    public static async Task<List<bool?>> ExactAsync(Neo4jClient db, params string[] keys)
    {
        var read = await db.RunAsync("UNWIND range(0, size($keys) - 1) AS i OPTIONAL MATCH (l:ItemList {key: $keys[i]}) RETURN i, l.exact AS exact ORDER BY i",
            new Dictionary<string, object?> { ["keys"] = keys.ToList() });
        return [.. read.Records.Select(r => r.Get<bool?>("exact"))];
    }

    /// <summary>A list's entries, bucket by bucket in the order of its starts; every bucket of the list's key is one of its
    /// starts'.</summary>
    public static async Task<List<string>> EntriesAsync(Neo4jClient db, string listKey)
    {
        var parameters = new Dictionary<string, object?> { ["key"] = listKey, ["prefix"] = listKey + ItemLists.BucketSeparator };
        var read = await db.RunAsync("""
            MATCH (l:ItemList {key: $key})
            UNWIND l.starts AS start
            MATCH (b:ItemBucket {key: $prefix + start})
            RETURN b.entries AS entries
            """, parameters);
        var buckets = (await db.RunAsync("MATCH (b:ItemBucket) WHERE b.key STARTS WITH $prefix RETURN count(b) AS n", parameters)).Single().Get<long>("n");
        Assert.Equal(read.Records.Count, buckets);
        return [.. read.Records.SelectMany(r => r.Get<List<string>>("entries"))];
    }
}
