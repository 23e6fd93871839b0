using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Neo4j;

public sealed class CancellationTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>, IAsyncLifetime
{
    private readonly string _label = TestIds.Label();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Neo4jTestData.DeleteLabelAsync(db.Client, _label);

    [Fact]
    public async Task Already_cancelled_token_sends_nothing()
    {
        await using var client = db.Server.CreateClient();
        var sent = 0;
        client.RequestSending += _ => sent++;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync("RETURN 1", null, new CancellationToken(canceled: true)));

        Assert.Equal(0, sent);
    }

    [Fact]
    public async Task Cancelling_a_request_waiting_on_the_server_returns_promptly_as_cancellation_not_as_unavailable()
    {
        var id = TestIds.New("vessel:");
        await db.Client.RunAsync($"CREATE (:`{_label}` {{id: $id}})", Params.Of(("id", id)));
        await using var holder = await db.Client.BeginTransactionAsync();
        await holder.RunAsync($"MATCH (v:`{_label}` {{id: $id}}) SET v.locked = true", Params.Of(("id", id)));
        // Cancelled once the request is on its way; the lock stays held until after the call returned, so the call can only
        // end by cancellation (or, were cancellation ignored, by the client's RequestTimeout: an "unavailable" error).
        using var cts = new CancellationTokenSource();
        await using var client = db.Server.CreateClient();
        client.RequestSending += _ => cts.CancelAfter(TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.RunAsync($"MATCH (v:`{_label}` {{id: $id}}) SET v.waited = true", Params.Of(("id", id)), cts.Token));

        Assert.Equal(cts.Token, error.CancellationToken);
        Assert.True(holder.IsActive);
        await holder.RollbackAsync();
        // The shared client is still usable afterwards.
        Assert.Equal(1L, (await db.Client.RunAsync("RETURN 1 AS one")).Single()["one"]);
    }

    [Fact]
    public async Task Cancelling_inside_a_transaction_leaves_it_unusable_and_dispose_rolls_it_back()
    {
        var (locked, touched) = (TestIds.New("vessel:"), TestIds.New("vessel:"));
        await db.Client.RunAsync($"CREATE (:`{_label}` {{id: $a, n: 0}}), (:`{_label}` {{id: $b, n: 0}})", Params.Of(("a", locked), ("b", touched)));
        await using var holder = await db.Client.BeginTransactionAsync();
        await holder.RunAsync($"MATCH (v:`{_label}` {{id: $id}}) SET v.n = 1", Params.Of(("id", locked)));
        var tx = await db.Client.BeginTransactionAsync();
        await tx.RunAsync($"MATCH (v:`{_label}` {{id: $id}}) SET v.n = 1", Params.Of(("id", touched)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            tx.RunAsync($"MATCH (v:`{_label}` {{id: $id}}) SET v.n = 2", Params.Of(("id", locked)), cts.Token));
        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.RunAsync("RETURN 1"));
        await holder.RollbackAsync();
        await tx.DisposeAsync();

        // Taking the write lock on the touched node proves the transaction is gone, not merely uncommitted: an abandoned one
        // would hold it until the server's idle timeout (60 s), beyond this probe's 30 s.
        await using var probe = db.Server.CreateClient(o => o.RequestTimeout = TimeSpan.FromSeconds(30));
        var values = await probe.RunAsync(
            $"MATCH (v:`{_label}`) WHERE v.id IN [$a, $b] SET v.probed = true RETURN v.n AS n", Params.Of(("a", locked), ("b", touched)));
        Assert.All(values.Records, r => Assert.Equal(0L, r["n"]));
    }
}
