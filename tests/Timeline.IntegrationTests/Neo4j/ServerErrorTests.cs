using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Neo4j;

[Collection(SchemaChangeCollection.Name)] // its constraint test creates and drops a constraint
public sealed class ServerErrorTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>, IAsyncLifetime
{
    private readonly string _label = TestIds.Label();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Neo4jTestData.DeleteLabelAsync(db.Client, _label);

    [Fact]
    public async Task Unique_constraint_violation_is_a_client_error_with_neo4js_code()
    {
        // Schema DDL differs by version (3.x ASSERT vs 5 REQUIRE); data and schema changes cannot share a transaction.
        var constraintName = $"{_label}_id";
        var (create, drop) = db.Server.Info.Major >= 4
            ? ($"CREATE CONSTRAINT {constraintName} IF NOT EXISTS FOR (n:`{_label}`) REQUIRE n.id IS UNIQUE", $"DROP CONSTRAINT {constraintName} IF EXISTS")
            : ($"CREATE CONSTRAINT ON (n:`{_label}`) ASSERT n.id IS UNIQUE", $"DROP CONSTRAINT ON (n:`{_label}`) ASSERT n.id IS UNIQUE");
        var id = TestIds.New("person:");
        var duplicate = $"CREATE (:`{_label}` {{id: $id, name: 'second'}})";
        var constraint = await db.Client.RunAsync(create);
        try
        {
            await db.Client.RunAsync($"CREATE (:`{_label}` {{id: $id, name: 'first'}})", Params.Of(("id", id)));

            var error = await Assert.ThrowsAsync<Neo4jClientException>(() => db.Client.RunAsync(duplicate, Params.Of(("id", id))));

            Assert.Equal(1, constraint.Counters.ConstraintsAdded);
            Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
            Assert.Equal(duplicate, error.StatementText);
            Assert.Contains(id, error.ServerMessage);
            var names = await db.Client.RunAsync($"MATCH (n:`{_label}` {{id: $id}}) RETURN collect(n.name) AS names", Params.Of(("id", id)));
            Assert.Equal(["first"], names.Single().Get<string[]>("names"));
        }
        finally
        {
            await Neo4jTestData.DeleteLabelAsync(db.Client, _label);
            await db.Client.RunAsync(drop);
        }
    }

    [Fact]
    public async Task Syntax_error_is_a_client_error_whose_message_names_the_statement()
    {
        const string broken = "MATCH (n) RETRUN n.name";

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => db.Client.RunAsync(broken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", error.Message);
        Assert.Contains("Statement: " + broken, error.Message);
        Assert.Equal(broken, error.StatementText);
    }

    [Fact]
    public async Task In_a_batch_the_error_names_the_statement_that_failed()
    {
        const string broken = "RETURN $value AS value ORDER BY";

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => db.Client.RunAsync(
        [
            new Statement("RETURN 1 AS one"),
            new Statement(broken, Params.Of(("value", 2))),
            new Statement("RETURN 3 AS three"),
        ]));

        Assert.Equal(broken, error.StatementText);
        Assert.DoesNotContain("RETURN 1 AS one", error.Message);
    }

    [Fact]
    public async Task A_statement_failing_after_streaming_rows_is_the_one_named()
    {
        // The server has already written 1000 rows of the failing statement when row 1001 divides by zero.
        const string failing = "UNWIND range(1, 1000) + [0] AS x RETURN 1 / x AS y";

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => db.Client.RunAsync(
        [
            new Statement("RETURN 1 AS one"),
            new Statement(failing),
            new Statement("RETURN 3 AS three"),
        ]));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Equal(failing, error.StatementText);
    }

    [Fact]
    public async Task Missing_parameter_is_a_client_error()
    {
        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => db.Client.RunAsync("RETURN $absent AS x"));

        Assert.StartsWith("Neo.ClientError.Statement.", error.Code);
        Assert.Contains("absent", error.ServerMessage);
    }

    [Fact]
    public async Task Unsupported_parameter_type_fails_before_anything_is_sent()
    {
        await using var client = db.Server.CreateClient();
        var sent = 0;
        client.RequestSending += _ => sent++;

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.RunAsync("RETURN $p AS p", Params.Of(("p", new Dictionary<string, object?> { ["when"] = new DateOnly(2026, 1, 9) }))));

        Assert.Contains("$p.when", error.Message);
        Assert.Equal(0, sent);
    }
}
