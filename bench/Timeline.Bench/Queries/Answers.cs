using System.Globalization;
using System.Text.Json;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>Compares a GraphQL answer with the hand-written Cypher answer — what "the same answer" means across two
/// differently shaped results: a page item by item in order (<see cref="SamePage"/>), a nested tree whole with its lists in
/// order (<see cref="SameTree"/>), a path node by node and step by step (<see cref="SamePath"/>, <see cref="SamePaths"/>),
/// associates row by row (<see cref="SameAssociates"/>).
/// A difference is a wrong answer and fails the run.</summary>
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

    /// <summary>The nodes of a connection (<c>edges[].node</c>), in order.</summary>
    public static List<JsonElement> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

    /// <summary>An ordered page: as many items (at least one), and item by item in order the same id, the same scalar fields
    /// where both answers have them (a <c>date {text precision}</c> against the row's <c>date</c> and <c>precision</c>), and
    /// the same ids nested inside (participants, speaker, sources) counted with multiplicity — nested lists are not ordered
    /// by the contract.</summary>
    public static bool SamePage(IReadOnlyList<JsonElement> nodes, IEnumerable<object?> rows)
    {
        var c = rows.ToList();
        if (nodes.Count == 0 || nodes.Count != c.Count)
            return false;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (c[i] is not IReadOnlyDictionary<string, object?> row || !SameFields(nodes[i], row))
                return false;
            var a = Ids(nodes[i]).Order(StringComparer.Ordinal);
            var b = Ids([row]).Order(StringComparer.Ordinal);
            if (!a.SequenceEqual(b))
                return false;
        }
        return true;
    }

    private static bool SameFields(JsonElement node, IReadOnlyDictionary<string, object?> row)
    {
        if (!row.ContainsKey("id"))
            return false;
        foreach (var p in node.EnumerateObject())
        {
            if (p.Name == "date" && p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null)
            {
                var text = p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetProperty("text").GetString();
                var precision = p.Value.ValueKind == JsonValueKind.Null || !p.Value.TryGetProperty("precision", out var pr) ? null : pr.GetString();
                if (text != row.GetValueOrDefault("date") as string
                    || (precision is not null && precision != row.GetValueOrDefault("precision") as string))
                    return false;
                continue;
            }
            if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array || !row.TryGetValue(p.Name, out var value)
                || value is IReadOnlyDictionary<string, object?> or IReadOnlyList<object?>)
                continue;
            if (Canonical(p.Value) != Canonical(value))
                return false;
        }
        return true;
    }

    /// <summary>The same tree: equal scalars, maps by key, lists equal in order; a connection's <c>{nodes: […]}</c> stands
    /// for its list.</summary>
    public static bool SameTree(JsonElement graphql, object? cypher) => Canonical(graphql) == Canonical(cypher);

    /// <summary>An entity's associates against the hand-written rows (<c>id, name, kind, total, events, statements, first,
    /// last, sample</c>), row by row in order: the associate's id, name and kind, the three counts, the first and last dates'
    /// texts, and the sample's ids in order.</summary>
    public static bool SameAssociates(JsonElement graphql, IReadOnlyList<object?> rows)
    {
        var api = graphql.EnumerateArray().ToList();
        if (api.Count != rows.Count || api.Count == 0)
            return false;
        for (var i = 0; i < api.Count; i++)
        {
            if (rows[i] is not IReadOnlyDictionary<string, object?> row)
                return false;
            var a = api[i];
            var entity = a.GetProperty("entity");
            if (entity.GetProperty("id").GetString() != row.GetValueOrDefault("id") as string
                || entity.GetProperty("name").GetString() != row.GetValueOrDefault("name") as string
                || entity.GetProperty("kind").GetString() != row.GetValueOrDefault("kind") as string
                || a.GetProperty("total").GetInt64() != Convert.ToInt64(row.GetValueOrDefault("total"), CultureInfo.InvariantCulture)
                || a.GetProperty("sharedEvents").GetInt64() != Convert.ToInt64(row.GetValueOrDefault("events"), CultureInfo.InvariantCulture)
                || a.GetProperty("sharedStatements").GetInt64() != Convert.ToInt64(row.GetValueOrDefault("statements"), CultureInfo.InvariantCulture)
                || DateText(a.GetProperty("first")) != row.GetValueOrDefault("first") as string
                || DateText(a.GetProperty("last")) != row.GetValueOrDefault("last") as string
                || !Ids(a.GetProperty("sample")).SequenceEqual(Ids([row.GetValueOrDefault("sample")])))
                return false;
        }
        return true;
    }

    // A partial date's text ({ text }), or null.
    private static string? DateText(JsonElement date) => date.ValueKind == JsonValueKind.Null ? null : date.GetProperty("text").GetString();

    /// <summary><c>path</c> (any one shortest path, by the contract) against every shortest path the hand-written reference
    /// lists (rows of <c>nodes</c>: {id, name, kind}, <c>steps</c>: {type, from, to}): none in both, or the GraphQL path — its
    /// length, its nodes with their names and kinds, and its steps in order — is one of them.</summary>
    public static bool SamePath(JsonElement path, QueryResult allShortest)
    {
        if (path.ValueKind == JsonValueKind.Null)
            return allShortest.Records.Count == 0;
        var api = PathText(path);
        var length = path.GetProperty("length").GetInt64();
        return path.GetProperty("steps").GetArrayLength() == length && path.GetProperty("nodes").GetArrayLength() == length + 1
            && allShortest.Records.Any(r => RowText(r) == api);
    }

    /// <summary><c>paths</c> against the hand-written answer (rows of <c>nodes</c>: ids, <c>steps</c>: {type, from, to}), which
    /// does the contract's work itself — one path per sequence of nodes, the first by its steps, ordered by the node ids, the
    /// first five: path by path in order, node by node and step by step.</summary>
    public static bool SamePaths(JsonElement paths, QueryResult rows) =>
        paths.EnumerateArray().Select(PathText).SequenceEqual(rows.Records.Select(RowText));

    // A path as one text: each node's id, with its name and kind when the answer has them, then each step.
    private static string PathText(JsonElement path) =>
        string.Join(" ", path.GetProperty("nodes").EnumerateArray().Select(n => NodeText(
            n.GetProperty("id").GetString(),
            n.TryGetProperty("name", out var name) ? name.GetString() : null,
            n.TryGetProperty("kind", out var kind) ? kind.GetString() : null))) + " | " +
        string.Join(" ", path.GetProperty("steps").EnumerateArray().Select(s => $"{s.GetProperty("type").GetString()}:{s.GetProperty("from").GetString()}->{s.GetProperty("to").GetString()}"));

    // The same text from a hand-written row: nodes are ids, or maps of id, name and kind.
    private static string RowText(Neo4jRecord row) =>
        string.Join(" ", row.Get<List<object?>>("nodes").Select(n => n is IReadOnlyDictionary<string, object?> node
            ? NodeText(node["id"] as string, node["name"] as string, node["kind"] as string)
            : NodeText(n as string, null, null))) + " | " +
        string.Join(" ", row.Get<List<Dictionary<string, object?>>>("steps").Select(s => $"{s["type"]}:{s["from"]}->{s["to"]}"));

    private static string NodeText(string? id, string? name, string? kind) =>
        name is null && kind is null ? id ?? "" : $"{id}({name}, {kind})";

    // One text for a value, from either side: maps by sorted key (a map that only wraps "nodes" stands for its list), lists in
    // order, numbers in invariant form.
    private static string Canonical(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Object } e when e.EnumerateObject().Count() == 1 && e.TryGetProperty("nodes", out var nodes) => Canonical(nodes),
        JsonElement { ValueKind: JsonValueKind.Object } e =>
            "{" + string.Join(",", e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}:{Canonical(p.Value)}")) + "}",
        JsonElement { ValueKind: JsonValueKind.Array } e => "[" + string.Join(",", e.EnumerateArray().Select(x => Canonical(x))) + "]",
        JsonElement { ValueKind: JsonValueKind.String } e => JsonSerializer.Serialize(e.GetString()),
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.True } => "true",
        JsonElement { ValueKind: JsonValueKind.False } => "false",
        JsonElement => "null",
        IReadOnlyDictionary<string, object?> map when map.Count == 1 && map.TryGetValue("nodes", out var nodes) => Canonical(nodes),
        IReadOnlyDictionary<string, object?> map =>
            "{" + string.Join(",", map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}:{Canonical(kv.Value)}")) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(",", list.Select(Canonical)) + "]",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        long l => ((double)l).ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        null => "null",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    /// <summary>The item column of the first <paramref name="take"/> rows (a page query fetches one more to know if there is a next page).</summary>
    public static IEnumerable<object?> Rows(QueryResult result, string column, int take = int.MaxValue) =>
        result.Records.Take(take).Select(r => r[column]);
}
