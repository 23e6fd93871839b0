namespace Timeline.Bench.Queries;

/// <summary>The translator's statement for the nested-relations request as it would read with the change proposed for
/// <c>src/Timeline.Api/Translation/Tree/ListQuery.cs</c>: (1) the insertion sort keeps only the first <c>$first</c> elements
/// (top-k: O(n·k) instead of O(n²)), and (2) it sorts light elements (relationship, other end, sort keys) and projects the
/// nested selection only for the elements kept, instead of projecting every relationship's whole subtree before cutting.
/// Same parameters and same answer as the translator's statement; measured beside it to show the gain.</summary>
internal static class ProposedListQuery
{
    private const string Types = "HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES";

    public static string NestedRelations()
    {
        var level3 = Level(3, "$first", "n3", x => $"{{node: {{type: type({x}.rel), other: n3 {{.id, .name, __type: n3.kind}}}}}}");
        var level2 = Level(2, "$first1", "n2", x => $"{{node: {{type: type({x}.rel), other: n2 {{.id, .name, relations: {Apply(level3, "n2")}, __type: n2.kind}}}}}}");
        var level1 = Level(1, "$first2", "n1", x =>
            $"{{node: {{type: type({x}.rel), direction: CASE WHEN type({x}.rel) IN $symmetricTypes THEN 'BOTH' WHEN startNode({x}.rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END, " +
            $"other: n1 {{.id, .name, .kind, relations: {Apply(level2, "n1")}, __type: n1.kind}}}}}}");
        return $"MATCH (entity:Entity {{id: $id}})\nRETURN entity {{.id, .name, .kind, relations: {Apply(level1, "entity")}, __type: entity.kind}} AS item";
    }

    private static string Apply(Func<string, string> level, string node) => level(node);

    private static Func<string, string> Level(int n, string first, string bound, Func<string, string> project) => node =>
    {
        string Before(string a, string b) =>
            $"({a}.__s0 < {b}.__s0 OR ({a}.__s0 = {b}.__s0 AND ({a}.__s1 < {b}.__s1 OR ({a}.__s1 = {b}.__s1 AND {a}.__s2 < {b}.__s2))))";
        string After(string a, string b) =>
            $"({a}.__s0 > {b}.__s0 OR ({a}.__s0 = {b}.__s0 AND ({a}.__s1 > {b}.__s1 OR ({a}.__s1 = {b}.__s1 AND {a}.__s2 > {b}.__s2))))";
        var light = $"[({node})-[r{n}:{Types}]-(o{n}:Entity) | {{rel: r{n}, other: o{n}, __s0: type(r{n}), __s1: o{n}.id, __s2: coalesce(r{n}.key, '')}}]";
        var topK = $"reduce(acc{n} = [], it{n} IN {light} | ([a{n} IN acc{n} WHERE {Before($"a{n}", $"it{n}")}] + [it{n}] + [a{n} IN acc{n} WHERE {After($"a{n}", $"it{n}")}])[0..{first}])";
        return $"[x{n} IN {topK} | head([{bound} IN [x{n}.other] | {project($"x{n}")}])]";
    };
}
