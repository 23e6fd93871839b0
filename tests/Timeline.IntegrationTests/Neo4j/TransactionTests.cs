using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Neo4j;

public sealed class TransactionTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>, IAsyncLifetime
{
    private readonly string _label = TestIds.Label();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Neo4jTestData.DeleteLabelAsync(db.Client, _label);

    [Fact]
    public async Task Committed_transaction_data_is_visible_to_others()
    {
        var id = TestIds.New("event:");

        await using (var tx = await db.Client.BeginTransactionAsync())
        {
            await tx.RunAsync($"CREATE (:`{_label}` {{id: $id}})", Params.Of(("id", id)));
            Assert.Equal(0L, await CountAsync(id)); // not yet visible outside
            await tx.CommitAsync();
            Assert.False(tx.IsActive);
        }

        Assert.Equal(1L, await CountAsync(id));
    }

    [Fact]
    public async Task Statements_sent_with_the_commit_land_with_the_earlier_ones_or_not_at_all()
    {
        var (first, second) = (TestIds.New("event:"), TestIds.New("event:"));
        await using (var tx = await db.Client.BeginTransactionAsync())
        {
            await tx.RunAsync($"CREATE (:`{_label}` {{id: $id}})", Params.Of(("id", first)));
            var results = await tx.CommitAsync([new Statement($"CREATE (n:`{_label}` {{id: $id}}) RETURN n.id AS id", Params.Of(("id", second)))]);
            Assert.Equal(second, Assert.Single(results).Records[0].Get<string>("id"));
            Assert.False(tx.IsActive);
        }
        Assert.Equal(1L, await CountAsync(first));
        Assert.Equal(1L, await CountAsync(second));

        // A failing statement in the commit request rolls back the whole transaction, the earlier request's writes included.
        var (third, fourth) = (TestIds.New("event:"), TestIds.New("event:"));
        await using (var tx = await db.Client.BeginTransactionAsync())
        {
            await tx.RunAsync($"CREATE (:`{_label}` {{id: $id}})", Params.Of(("id", third)));
            var error = await Assert.ThrowsAsync<Neo4jClientException>(() => tx.CommitAsync(
            [
                new Statement($"CREATE (:`{_label}` {{id: $id}})", Params.Of(("id", fourth))),
                new Statement("RETURN 1 / $zero AS boom", Params.Of(("zero", 0))),
            ]));
            Assert.Contains("RETURN 1 / $zero", error.StatementText, StringComparison.Ordinal);
            Assert.False(tx.IsActive);
        }
        Assert.Equal(0L, await CountAsync(third));
        Assert.Equal(0L, await CountAsync(fourth));
    }

    [Fact]
    public async Task Rolled_back_transaction_leaves_no_data_and_releases_its_locks()
    {
        var (id, created) = (TestIds.New("vessel:"), TestIds.New("vessel:"));
        await db.Client.RunAsync($"CREATE (:`{_label}` {{id: $id, seized: false}})", Params.Of(("id", id)));

        var tx = await db.Client.BeginTransactionAsync();
        await tx.RunAsync($"MATCH (v:`{_label}` {{id: $id}}) SET v.seized = true", Params.Of(("id", id)));
        await tx.RunAsync($"CREATE (:`{_label}` {{id: $id}})", Params.Of(("id", created)));
        await tx.RollbackAsync();

        Assert.Equal(0L, await CountAsync(created));
        Assert.False(await WriteWithoutWaitingAsync(id)); // false = the old value: the SET was undone and its lock released
    }

    [Fact]
    public async Task Disposing_without_commit_rolls_back()
    {
        var (id, created) = (TestIds.New("vessel:"), TestIds.New("vessel:"));
        await db.Client.RunAsync($"CREATE (:`{_label}` {{id: $id, seized: false}})", Params.Of(("id", id)));

        await using (var tx = await db.Client.BeginTransactionAsync())
        {
            await tx.RunAsync($"MATCH (v:`{_label}` {{id: $id}}) SET v.seized = true", Params.Of(("id", id)));
            await tx.RunAsync($"CREATE (:`{_label}` {{id: $id}})", Params.Of(("id", created)));
        }

        Assert.Equal(0L, await CountAsync(created));
        Assert.False(await WriteWithoutWaitingAsync(id));
    }

    [Fact]
    public async Task Several_statements_in_a_transaction_share_one_request_and_see_each_other()
    {
        await using var client = db.Server.CreateClient();
        var requests = 0;
        client.RequestSending += _ => requests++;
        var id = TestIds.New("statement:");

        await using var tx = await client.BeginTransactionAsync();
        var results = await tx.RunAsync(
        [
            new Statement($"CREATE (:`{_label}` {{id: $id, n: 1}})", Params.Of(("id", id))),
            new Statement($"MATCH (s:`{_label}` {{id: $id}}) SET s.n = s.n + 1 RETURN s.n AS n", Params.Of(("id", id))),
        ]);
        await tx.CommitAsync();

        Assert.Equal(1, requests); // the commit carries no statements
        Assert.Equal(2L, results[1].Single()["n"]);
        Assert.Equal(1L, await CountAsync(id));
    }

    [Fact]
    public async Task Server_error_rolls_the_whole_transaction_back_and_the_client_knows()
    {
        var (existing, id) = (TestIds.New("vessel:"), TestIds.New("event:"));
        await db.Client.RunAsync($"CREATE (:`{_label}` {{id: $id, seized: false}})", Params.Of(("id", existing)));
        var tx = await db.Client.BeginTransactionAsync();
        await tx.RunAsync($"MATCH (v:`{_label}` {{id: $id}}) SET v.seized = true", Params.Of(("id", existing)));
        await tx.RunAsync($"CREATE (:`{_label}` {{id: $id}})", Params.Of(("id", id)));

        await Assert.ThrowsAsync<Neo4jClientException>(() => tx.RunAsync("RETURN 1 +"));
        var reuse = await Assert.ThrowsAsync<InvalidOperationException>(() => tx.RunAsync("RETURN 1"));
        await tx.DisposeAsync();

        Assert.False(tx.IsActive);
        Assert.Contains("rolled this transaction back", reuse.Message);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", reuse.Message);
        Assert.Equal(0L, await CountAsync(id));
        Assert.False(await WriteWithoutWaitingAsync(existing)); // the server released the locks: it really rolled back
    }

    [Fact]
    public async Task ExecuteWrite_commits_on_success_and_rolls_back_on_exception()
    {
        var (kept, dropped) = (TestIds.New("event:"), TestIds.New("event:"));

        var returned = await db.Client.ExecuteWriteAsync(async tx =>
        {
            var r = await tx.RunAsync($"CREATE (e:`{_label}` {{id: $id}}) RETURN e.id AS id", Params.Of(("id", kept)));
            return r.Single().Get<string>("id");
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Client.ExecuteWriteAsync<int>(async tx =>
        {
            await tx.RunAsync($"CREATE (:`{_label}` {{id: $id}})", Params.Of(("id", dropped)));
            throw new InvalidOperationException("validation failed after the write");
        }));

        Assert.Equal(kept, returned);
        Assert.Equal(1L, await CountAsync(kept));
        Assert.Equal(0L, await CountAsync(dropped));
    }

    [Fact]
    public async Task ExecuteRead_returns_what_the_work_read()
    {
        var id = TestIds.New("country:");
        await db.Client.RunAsync($"CREATE (:`{_label}` {{id: $id, name: 'Venezuela'}})", Params.Of(("id", id)));

        var name = await db.Client.ExecuteReadAsync(async tx =>
            (await tx.RunAsync($"MATCH (c:`{_label}` {{id: $id}}) RETURN c.name AS name", Params.Of(("id", id)))).Single().Get<string>("name"));

        Assert.Equal("Venezuela", name);
    }

    [Fact]
    public async Task ExecuteWrite_refuses_to_report_success_when_the_work_swallowed_a_server_error()
    {
        var id = TestIds.New("event:");

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Client.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync($"CREATE (:`{_label}` {{id: $id}})", Params.Of(("id", id)));
            try
            {
                await tx.RunAsync("RETURN 1 +");
            }
            catch (Neo4jClientException)
            {
            }
            return true;
        }));

        Assert.Equal(0L, await CountAsync(id));
    }

    private async Task<long> CountAsync(string id) =>
        (await db.Client.RunAsync($"MATCH (n:`{_label}` {{id: $id}}) RETURN count(n) AS n", Params.Of(("id", id)))).Single().Get<long>("n");

    /// <summary>Reads the seized flag while taking the node's write lock: a transaction that was only abandoned, not rolled
    /// back, would hold the lock until the server's idle timeout (60 s) and make this time out first (30 s: far beyond
    /// taking a free lock on a busy machine, well below the idle timeout).</summary>
    private async Task<bool> WriteWithoutWaitingAsync(string id)
    {
        await using var client = db.Server.CreateClient(o => o.RequestTimeout = TimeSpan.FromSeconds(30));
        var result = await client.RunAsync(
            $"MATCH (v:`{_label}` {{id: $id}}) WITH v, v.seized AS before SET v.touched = true RETURN before", Params.Of(("id", id)));
        return result.Single().Get<bool>("before");
    }
}
