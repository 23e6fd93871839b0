using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Neo4j;

public sealed class ValueDecodingTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>, IAsyncLifetime
{
    private readonly string _label = TestIds.Label();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Neo4jTestData.DeleteLabelAsync(db.Client, _label);

    [Fact]
    public async Task Scalars_decode_to_null_bool_long_double_and_string()
    {
        var row = (await db.Client.RunAsync(
            "RETURN null AS nothing, true AS yes, false AS no, 42 AS answer, 9223372036854775807 AS max, -1 AS minusOne, " +
            "1.0 AS wholeFloat, 2.5 AS half, 1.0e20 AS huge, 'Nicolás' AS text, $long AS echoedLong, $double AS echoedDouble",
            Params.Of(("long", 5_000_000_000L), ("double", 0.1)))).Single();

        Assert.Null(row["nothing"]);
        Assert.Equal(true, row["yes"]);
        Assert.Equal(false, row["no"]);
        Assert.Equal(42L, row["answer"]);
        Assert.Equal(long.MaxValue, row["max"]);
        Assert.Equal(-1L, row["minusOne"]);
        Assert.Equal(1.0, Assert.IsType<double>(row["wholeFloat"])); // a whole float stays a float
        Assert.Equal(2.5, row["half"]);
        Assert.Equal(1.0e20, row["huge"]);
        Assert.Equal("Nicolás", row["text"]);
        Assert.Equal(5_000_000_000L, row["echoedLong"]);
        Assert.Equal(0.1, row["echoedDouble"]);
    }

    [Fact]
    public async Task Lists_and_maps_decode_recursively()
    {
        var row = (await db.Client.RunAsync(
            "RETURN [1, 'two', 3.0, null, [true]] AS mixed, {name: 'Maduro', aliases: ['Nicolás Maduro Moros'], age: 63, nested: {x: 1.5}} AS map, " +
            "[] AS empty, {} AS emptyMap, $param AS echoed",
            Params.Of(("param", new Dictionary<string, object?> { ["ids"] = new[] { "a", "b" }, ["n"] = 1, ["deep"] = new List<object?> { new Dictionary<string, object?> { ["k"] = null } } })))).Single();

        var mixed = Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["mixed"]);
        Assert.Equal(new object?[] { 1L, "two", 3.0, null }, mixed.Take(4));
        Assert.Equal(new object?[] { true }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(mixed[4]));
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["map"]);
        Assert.Equal("Maduro", map["name"]);
        Assert.Equal(63L, map["age"]);
        Assert.Equal(new object?[] { "Nicolás Maduro Moros" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["aliases"]));
        Assert.Equal(1.5, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["nested"])["x"]);
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["empty"]));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["emptyMap"]));
        var echoed = row.Get<IReadOnlyDictionary<string, object?>>("echoed");
        Assert.Equal(new object?[] { "a", "b" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(echoed["ids"]));
        Assert.Equal(1L, echoed["n"]);
        Assert.Null(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.IsAssignableFrom<IReadOnlyList<object?>>(echoed["deep"])[0])["k"]);
    }

    [Fact]
    public async Task Nodes_carry_their_labels_and_properties()
    {
        var id = TestIds.New("org:");

        var row = (await db.Client.RunAsync(
            $"CREATE (n:`{_label}`:Organization:Government {{id: $id, name: 'Gobierno de Venezuela', founded: 1811, score: 0.5}}) RETURN n",
            Params.Of(("id", id)))).Single();

        var node = row.Get<Neo4jNode>("n");
        Assert.Equal(new[] { _label, "Government", "Organization" }.Order(StringComparer.Ordinal), node.Labels.Order(StringComparer.Ordinal));
        Assert.True(node.HasLabel("Government"));
        Assert.Equal(id, node.Properties["id"]);
        Assert.Equal("Gobierno de Venezuela", node.Get<string>("name"));
        Assert.Equal(1811L, node.Properties["founded"]);
        Assert.Equal(0.5, node.Properties["score"]);
        Assert.Null(node.Get<string?>("absent"));
    }

    [Fact]
    public async Task Nodes_inside_lists_maps_and_paths_are_recognised_next_to_plain_maps()
    {
        var (a, b) = (TestIds.New("person:"), TestIds.New("country:"));

        var row = (await db.Client.RunAsync(
            $"CREATE p = (x:`{_label}`:Person {{id: $a}})-[r:HOLDS_POSITION {{position: 'interim president'}}]->(y:`{_label}`:Country {{id: $b}}) " +
            "RETURN 1 AS first, [x, y] AS nodes, {person: x, note: 'plain', inner: {country: y}} AS map, {id: $a} AS lookalike, r, p, [] AS none, x.id AS last",
            Params.Of(("a", a), ("b", b)))).Single();

        var nodes = row.Get<IReadOnlyList<Neo4jNode>>("nodes");
        Assert.Equal(new object?[] { a, b }, nodes.Select(n => n.Properties["id"]));
        Assert.True(nodes[0].HasLabel("Person") && nodes[1].HasLabel("Country"));
        var map = row.Get<IReadOnlyDictionary<string, object?>>("map");
        Assert.True(Assert.IsType<Neo4jNode>(map["person"]).HasLabel("Person"));
        Assert.Equal("plain", map["note"]);
        Assert.True(Assert.IsType<Neo4jNode>(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["inner"])["country"]).HasLabel("Country"));
        // Same properties as node x, but a map: it must not be mistaken for the node.
        Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["lookalike"]);
        var relationship = row.Get<Neo4jRelationship>("r");
        Assert.Equal("HOLDS_POSITION", relationship.Type);
        Assert.Equal("interim president", relationship.Properties["position"]);
        var path = row.Get<IReadOnlyList<object?>>("p");
        Assert.Collection(path,
            e => Assert.True(Assert.IsType<Neo4jNode>(e).HasLabel("Person")),
            e => Assert.Equal("HOLDS_POSITION", Assert.IsType<Neo4jRelationship>(e).Type),
            e => Assert.True(Assert.IsType<Neo4jNode>(e).HasLabel("Country")));
        Assert.Equal(1L, row["first"]);
        Assert.Equal(a, row["last"]);
    }

    [Fact]
    public async Task Typed_getters_convert_and_refuse_lossy_conversions()
    {
        var row = (await db.Client.RunAsync("RETURN 7 AS n, 2.5 AS f, 3.0 AS whole, null AS nothing, ['a','b'] AS names, [1, 2] AS numbers")).Single();

        Assert.Equal(7, row.Get<int>("n"));
        Assert.Equal(7.0, row.Get<double>("n"));
        Assert.Equal(3, row.Get<int>("whole"));
        Assert.Null(row.Get<int?>("nothing"));
        Assert.Null(row.Get<string?>("nothing"));
        Assert.Equal(["a", "b"], row.Get<List<string>>("names"));
        Assert.Equal([1, 2], row.Get<int[]>("numbers"));
        Assert.Throws<InvalidCastException>(() => row.Get<int>("f"));
        Assert.Throws<InvalidCastException>(() => row.Get<int>("nothing"));
        Assert.Throws<InvalidCastException>(() => row.Get<string>("n"));
        Assert.Throws<KeyNotFoundException>(() => row["missing"]);
    }
}
