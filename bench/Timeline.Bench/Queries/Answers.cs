using System.Text.Json;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>Compares a GraphQL answer with a Cypher answer by the ids they contain (as multisets, in order of appearance
/// per list where order matters), which is what "the same answer" means across two differently shaped results.</summary>
internal static class Answers
{
    public static List<string> Ids(JsonElement element)
    {
        var ids = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        if (p.Name == "id" && p.Value.ValueKind == JsonValueKind.String)
                            ids.Add(p.Value.GetString()!);
                        else
                            Walk(p.Value);
                    }
                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                        Walk(item);
                    break;
            }
        }
        Walk(element);
        return ids;
    }

    public static List<string> Ids(IEnumerable<object?> values)
    {
        var ids = new List<string>();
        void Walk(object? v)
        {
            switch (v)
            {
                case IReadOnlyDictionary<string, object?> map:
                    foreach (var (k, x) in map)
                    {
                        if (k == "id" && x is string s)
                            ids.Add(s);
                        else
                            Walk(x);
                    }
                    break;
                case IReadOnlyList<object?> list:
                    foreach (var x in list)
                        Walk(x);
                    break;
            }
        }
        foreach (var v in values)
            Walk(v);
        return ids;
    }

    /// <summary>Same ids, counted with multiplicity (nested lists may legitimately differ in order between equal keys).</summary>
    public static bool SameIds(JsonElement graphql, IEnumerable<object?> cypher)
    {
        var a = Ids(graphql).Order(StringComparer.Ordinal).ToList();
        var b = Ids(cypher).Order(StringComparer.Ordinal).ToList();
        return a.Count > 0 && a.SequenceEqual(b);
    }

    /// <summary>The item column of the first <paramref name="take"/> rows (a page query fetches one more to know if there is a next page).</summary>
    public static IEnumerable<object?> Rows(QueryResult result, string column, int take = int.MaxValue) =>
        result.Records.Take(take).Select(r => r[column]);
}
