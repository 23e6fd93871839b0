using System.Text.Json;
using Timeline.Bench.Queries;
using Timeline.Neo4j;

namespace Timeline.UnitTests.Bench;

/// <summary>What "the same answer" means in the bench: ordered pages item by item in order, nested trees whole with their
/// lists in order, a path node by node and step by step.</summary>
public sealed class AnswersTests
{
    [Fact]
    public void A_page_is_the_same_only_in_the_same_order()
    {
        var graphql = Nodes("""[{"id": "e1", "title": "One", "participants": [{"entity": {"id": "x"}}, {"entity": {"id": "y"}}]}, {"id": "e2", "title": "Two", "participants": []}]""");
        var inOrder = new object?[] { Item("e1", "One", "y", "x"), Item("e2", "Two") };
        var swapped = new object?[] { Item("e2", "Two"), Item("e1", "One", "y", "x") };

        Assert.True(Answers.SamePage(graphql, inOrder)); // nested lists: same ids, any order
        Assert.False(Answers.SamePage(graphql, swapped));
        Assert.False(Answers.SamePage(graphql, [Item("e1", "One", "y", "x")]));
        Assert.False(Answers.SamePage(graphql, [Item("e1", "Other title", "y", "x"), Item("e2", "Two")]));
        Assert.False(Answers.SamePage(graphql, [Item("e1", "One", "y", "z"), Item("e2", "Two")]));
    }

    [Fact]
    public void A_page_compares_the_date_with_the_rows_date_and_precision()
    {
        var graphql = Nodes("""[{"id": "e1", "date": {"text": "2026-01", "precision": "MONTH"}}]""");

        Assert.True(Answers.SamePage(graphql, [Map(("id", "e1"), ("date", "2026-01"), ("precision", "MONTH"))]));
        Assert.False(Answers.SamePage(graphql, [Map(("id", "e1"), ("date", "2026-01-03"), ("precision", "DAY"))]));
    }

    [Fact]
    public void A_tree_is_the_same_only_with_its_lists_in_order()
    {
        var graphql = Json("""{"id": "a", "relations": {"nodes": [{"type": "ALLY_OF", "other": {"id": "b"}}, {"type": "OPPOSES", "other": {"id": "c"}}]}}""");
        object? Tree(params (string Type, string Other)[] relations) =>
            Map(("id", "a"), ("relations", relations.Select(r => (object?)Map(("type", r.Type), ("other", Map(("id", r.Other))))).ToList()));

        Assert.True(Answers.SameTree(graphql, Tree(("ALLY_OF", "b"), ("OPPOSES", "c"))));
        Assert.False(Answers.SameTree(graphql, Tree(("OPPOSES", "c"), ("ALLY_OF", "b"))));
        Assert.False(Answers.SameTree(graphql, Tree(("ALLY_OF", "b"))));
    }

    [Fact]
    public void A_path_is_right_when_it_is_one_of_the_shortest_paths_whole()
    {
        var shortest = Result(["nodes", "steps"],
            [L("a", "m1", "b"), L(Step("ALLY_OF", "a", "m1"), Step("ALLY_OF", "m1", "b"))],
            [L("a", "m2", "b"), L(Step("OPPOSES", "m2", "a"), Step("ALLY_OF", "m2", "b"))]);

        Assert.True(Answers.SamePath(Path("a m2 b", "OPPOSES:m2>a ALLY_OF:m2>b"), shortest));
        Assert.False(Answers.SamePath(Path("a m2 b", "OPPOSES:a>m2 ALLY_OF:m2>b"), shortest)); // a step the other way round
        Assert.False(Answers.SamePath(Path("a m3 b", "ALLY_OF:a>m3 ALLY_OF:m3>b"), shortest));
        Assert.False(Answers.SamePath(Json("null"), shortest));
        Assert.True(Answers.SamePath(Json("null"), Result(["nodes", "steps"])));
    }

    [Fact]
    public void Paths_are_the_hand_written_rows_path_by_path_in_order()
    {
        var rows = Result(["nodes", "steps"],
            [L("a", "m1", "b"), L(Step("ALLY_OF", "m1", "a"), Step("ALLY_OF", "m1", "b"))],
            [L("a", "m2", "b"), L(Step("ALLY_OF", "a", "m2"), Step("ALLY_OF", "m2", "b"))]);
        var first = PathJson("a m1 b", "ALLY_OF:m1>a ALLY_OF:m1>b");
        var second = PathJson("a m2 b", "ALLY_OF:a>m2 ALLY_OF:m2>b");

        Assert.True(Answers.SamePaths(Json($"[{first},{second}]"), rows));
        Assert.False(Answers.SamePaths(Json($"[{second},{first}]"), rows)); // the order is the contract's
        Assert.False(Answers.SamePaths(Json($"[{first}]"), rows));
        Assert.False(Answers.SamePaths(Json($"[{PathJson("a m1 b", "OPPOSES:a>m1 ALLY_OF:m1>b")},{second}]"), rows));
        Assert.True(Answers.SamePaths(Json("[]"), Result(["nodes", "steps"])));
    }

    [Fact]
    public void A_page_compares_the_type_name()
    {
        var graphql = Nodes("""[{"__typename": "Event", "id": "e1"}]""");

        Assert.True(Answers.SamePage(graphql, [Map(("id", "e1"), ("__typename", "Event"))]));
        Assert.False(Answers.SamePage(graphql, [Map(("id", "e1"), ("__typename", "Statement"))]));
    }

    [Fact]
    public void A_search_is_the_same_list_whole_in_order()
    {
        var graphql = Json("""[{"id": "p1", "name": "Ana", "kind": "Person", "aliases": ["A."]}, {"id": "o1", "name": "Anaco", "kind": "Organization", "aliases": []}]""");
        object? Row(string id, string name, string kind, params string[] aliases) =>
            Map(("id", id), ("name", name), ("kind", kind), ("aliases", aliases.Select(a => (object?)a).ToList()));

        Assert.True(Answers.SameTree(graphql, L(Row("p1", "Ana", "Person", "A."), Row("o1", "Anaco", "Organization"))));
        Assert.False(Answers.SameTree(graphql, L(Row("o1", "Anaco", "Organization"), Row("p1", "Ana", "Person", "A."))));
        Assert.False(Answers.SameTree(graphql, L(Row("p1", "Ana", "Place", "A."), Row("o1", "Anaco", "Organization"))));
        Assert.False(Answers.SameTree(graphql, L(Row("p1", "Ana", "Person"), Row("o1", "Anaco", "Organization"))));
    }

    [Fact]
    public void A_path_compares_its_nodes_names_and_kinds_when_it_has_them()
    {
        object? Node(string id, string name, string kind) => Map(("id", id), ("name", name), ("kind", kind));
        var shortest = Result(["nodes", "steps"],
            [L(Node("a", "A", "Person"), Node("b", "B", "Country")), L(Step("ALLY_OF", "a", "b"))]);
        JsonElement Answer(string kindOfB) => Json($$"""
            {"length": 1, "nodes": [{"id": "a", "name": "A", "kind": "Person"}, {"id": "b", "name": "B", "kind": "{{kindOfB}}"}],
             "steps": [{"type": "ALLY_OF", "from": "a", "to": "b"}]}
            """);

        Assert.True(Answers.SamePath(Answer("Country"), shortest));
        Assert.False(Answers.SamePath(Answer("Place"), shortest));
    }

    [Fact]
    public void Associates_are_the_same_row_by_row_with_their_counts_dates_and_sample()
    {
        var graphql = Json("""
            [{"entity": {"id": "p1", "name": "Ana", "kind": "Person"}, "sharedEvents": 2, "sharedStatements": 1, "total": 3,
              "first": {"text": "2026-01"}, "last": {"text": "2026-02-03"}, "sample": [{"__typename": "Event", "id": "e1"}]}]
            """);
        object? Row(string last = "2026-02-03", long statements = 1, string kind = "Person") => Map(("id", "p1"), ("name", "Ana"),
            ("kind", kind), ("total", 3L), ("events", 2L), ("statements", statements), ("first", "2026-01"), ("last", last),
            ("sample", L(Map(("id", "e1")))));

        Assert.True(Answers.SameAssociates(graphql, L(Row())));
        Assert.False(Answers.SameAssociates(graphql, L(Row(last: "2026-02"))));
        Assert.False(Answers.SameAssociates(graphql, L(Row(statements: 2))));
        Assert.False(Answers.SameAssociates(graphql, L(Row(kind: "Place"))));
        Assert.False(Answers.SameAssociates(graphql, L(Row(), Row())));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static List<JsonElement> Nodes(string array) => Json(array).EnumerateArray().ToList();

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    private static Dictionary<string, object?> Item(string id, string title, params string[] participants) =>
        Map(("id", id), ("title", title), ("text", null), ("participants", participants.Select(p => (object?)Map(("role", "agent"), ("entity", Map(("id", p))))).ToList()));

    private static List<object?> L(params object?[] values) => [.. values];

    private static Dictionary<string, object?> Step(string type, string from, string to) => Map(("type", type), ("role", ""), ("from", from), ("to", to));

    private static QueryResult Result(string[] keys, params object?[][] rows) =>
        new(keys, rows.Select(r => new Neo4jRecord(keys, r)).ToList(), QueryCounters.None);

    // "a m b" and "TYPE:from>to …" written as the API's JSON.
    private static string PathJson(string nodes, string steps)
    {
        var ids = nodes.Split(' ');
        var s = steps.Split(' ').Select(x => x.Split(':', '>')).Select(p => $$"""{"type": "{{p[0]}}", "from": "{{p[1]}}", "to": "{{p[2]}}"}""");
        return $$"""{"length": {{ids.Length - 1}}, "nodes": [{{string.Join(",", ids.Select(i => $$"""{"id": "{{i}}"}"""))}}], "steps": [{{string.Join(",", s)}}]}""";
    }

    private static JsonElement Path(string nodes, string steps) => Json(PathJson(nodes, steps));
}
