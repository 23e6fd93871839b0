using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Neo4j;

public sealed class AutocommitTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>, IAsyncLifetime
{
    private readonly string _label = TestIds.Label();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Neo4jTestData.DeleteLabelAsync(db.Client, _label);

    [Fact]
    public async Task Created_node_is_read_back_with_its_properties_and_counters()
    {
        var id = TestIds.New("person:");

        var created = await db.Client.RunAsync(
            $"CREATE (p:`{_label}` {{id: $id, name: $name, born: $born}}) RETURN p.id AS id",
            Params.Of(("id", id), ("name", "Delcy Rodríguez"), ("born", 1969)));
        var read = await db.Client.RunAsync($"MATCH (p:`{_label}` {{id: $id}}) RETURN p.name AS name, p.born AS born", Params.Of(("id", id)));

        Assert.Equal(id, created.Single().Get<string>("id"));
        Assert.Equal(1, created.Counters.NodesCreated);
        Assert.Equal(3, created.Counters.PropertiesSet);
        Assert.True(created.Counters.ContainsUpdates);
        Assert.Equal(["name", "born"], read.Keys);
        Assert.Equal("Delcy Rodríguez", read.Single().Get<string>("name"));
        Assert.Equal(1969L, read.Single()["born"]);
        Assert.False(read.Counters.ContainsUpdates);
    }

    [Fact]
    public async Task Several_statements_go_in_one_request_and_return_one_result_each()
    {
        await using var client = db.Server.CreateClient();
        var requests = new List<IReadOnlyList<Statement>>();
        client.RequestSending += requests.Add;
        var id = TestIds.New("org:");

        var results = await client.RunAsync(
        [
            new Statement($"CREATE (o:`{_label}` {{id: $id}})", Params.Of(("id", id))),
            new Statement($"MATCH (o:`{_label}` {{id: $id}}) SET o.name = $name", Params.Of(("id", id), ("name", "PDVSA"))),
            new Statement($"MATCH (o:`{_label}` {{id: $id}}) RETURN o.name AS name", Params.Of(("id", id))),
        ]);

        // One request carries all three (a transient-error retry would resend the same three together).
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Equal(3, r.Count));
        Assert.Equal(3, results.Count);
        Assert.Equal(1, results[0].Counters.NodesCreated);
        Assert.Equal(1, results[1].Counters.PropertiesSet);
        Assert.Equal("PDVSA", results[2].Single().Get<string>("name"));
    }

    [Fact]
    public async Task A_failing_statement_in_an_autocommit_request_leaves_nothing_behind()
    {
        var id = TestIds.New("event:");

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => db.Client.RunAsync(
        [
            new Statement($"CREATE (e:`{_label}` {{id: $id}})", Params.Of(("id", id))),
            new Statement("RETURN $missing.nothing AS broken + 1"),
        ]));
        var count = await db.Client.RunAsync($"MATCH (e:`{_label}` {{id: $id}}) RETURN count(e) AS n", Params.Of(("id", id)));

        Assert.Contains("RETURN $missing.nothing AS broken + 1", error.Message);
        Assert.Equal(0L, count.Single()["n"]);
    }

    [Theory]
    [InlineData("Nicolás Maduro")]
    [InlineData("Chávez")]
    [InlineData("Delcy Rodríguez")]
    [InlineData("Caracas 🇻🇪 — «petróleo» 石油 🛢️")]
    public async Task Non_ascii_text_round_trips_unchanged(string text)
    {
        var id = TestIds.New("text:");

        await db.Client.RunAsync($"CREATE (n:`{_label}` {{id: $id, text: $text, list: [$text]}})", Params.Of(("id", id), ("text", text)));
        var read = await db.Client.RunAsync(
            $"MATCH (n:`{_label}` {{id: $id}}) RETURN n.text AS text, n.list AS list, n.text = $text AS equalOnServer, size(n.text) AS length",
            Params.Of(("id", id), ("text", text)));

        var row = read.Single();
        Assert.Equal(text, row.Get<string>("text"));
        Assert.Equal([text], row.Get<string[]>("list"));
        Assert.True(row.Get<bool>("equalOnServer"));
        // Java counts UTF-16 code units, as .NET does: equal lengths mean no character was split or replaced.
        Assert.Equal(text.Length, row.Get<int>("length"));
    }

    [Fact]
    public async Task Ten_thousand_rows_in_one_parameter_list_are_all_written()
    {
        var rows = Enumerable.Range(0, 10_000)
            .Select(i => (object?)new Dictionary<string, object?> { ["id"] = $"{_label}-{i}", ["n"] = i, ["name"] = $"Tanker nº {i}" })
            .ToList();

        var write = await db.Client.RunAsync($"UNWIND $rows AS row CREATE (n:`{_label}`) SET n = row", Params.Of(("rows", rows)));
        var read = await db.Client.RunAsync($"MATCH (n:`{_label}`) RETURN count(n) AS count, sum(n.n) AS total, max(n.name) AS last");

        Assert.Equal(10_000, write.Counters.NodesCreated);
        Assert.Equal(10_000L, read.Single()["count"]);
        Assert.Equal(Enumerable.Range(0, 10_000).Sum(i => (long)i), read.Single()["total"]);
        Assert.Equal("Tanker nº 9999", read.Single()["last"]);
    }
}
