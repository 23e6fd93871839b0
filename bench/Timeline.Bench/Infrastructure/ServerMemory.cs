using System.Globalization;
using Timeline.Neo4j;

namespace Timeline.Bench.Infrastructure;

/// <summary>The heap and page cache the Neo4j server actually runs with, read from the server (what the run measured), not
/// from what bench/run asked for: the JVM's maximum heap (JMX <c>java.lang:type=Memory</c>) and the page cache setting the
/// kernel was started with (JMX <c>Configuration</c>; Neo4j 3.1 registers no page-cache bean with its size).</summary>
internal static class ServerMemory
{
    private const string Heap = """
        CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
        RETURN attributes.HeapMemoryUsage.value.properties.max AS heap
        """;

    private const string PageCache = """
        CALL dbms.queryJmx('org.neo4j:instance=kernel#0,name=Configuration') YIELD attributes
        RETURN attributes['dbms.memory.pagecache.size'].value AS pageCache
        """;

    public static async Task<(string Heap, string PageCache)> ReadAsync(Neo4jClient client)
    {
        try
        {
            var results = await client.RunAsync([new Statement(Heap), new Statement(PageCache)]);
            var heap = results[0].Records.Count == 1 && results[0].Records[0]["heap"] is long bytes ? Size(bytes) : "unknown";
            var pageCache = results[1].Records.Count == 1 && results[1].Records[0]["pageCache"] is string text ? text : "unknown";
            return (heap, pageCache);
        }
        catch (Neo4jException)
        {
            return ("unknown", "unknown"); // another server (a Neo4j 5 names its beans differently)
        }
    }

    private static string Size(long bytes) => bytes >= 1L << 30 && bytes % (1L << 30) == 0
        ? $"{bytes >> 30} GiB"
        : $"{(bytes / (double)(1 << 20)).ToString("0", CultureInfo.InvariantCulture)} MiB";
}
