using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Neo4j;

/// <summary>Transient errors provoked for real: two transactions locking two nodes in opposite order deadlock, and Neo4j
/// aborts one of them with <c>Neo.TransientError.Transaction.DeadlockDetected</c>.</summary>
public sealed class TransientRetryTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>, IAsyncLifetime
{
    private const string Deadlock = "Neo.TransientError.Transaction.DeadlockDetected";
    private readonly string _label = TestIds.Label();
    private readonly string _a = TestIds.New("vessel:");
    private readonly string _b = TestIds.New("vessel:");

    public Task InitializeAsync() =>
        db.Client.RunAsync($"CREATE (:`{_label}` {{id: $a, n: 0}}), (:`{_label}` {{id: $b, n: 0}})", Params.Of(("a", _a), ("b", _b)));

    public Task DisposeAsync() => Neo4jTestData.DeleteLabelAsync(db.Client, _label);

    [Fact]
    public async Task Deadlock_inside_an_explicit_transaction_surfaces_as_a_transient_error()
    {
        await using var first = await db.Client.BeginTransactionAsync();
        await using var second = await db.Client.BeginTransactionAsync();
        await Touch(first, _a);
        await Touch(second, _b);

        // Each holds one node and asks for the other's: whichever asks last closes the cycle and is Neo4j's victim.
        var outcomes = await Task.WhenAll(Outcome(Touch(first, _b)), Outcome(Touch(second, _a)));

        var victim = Assert.Single(outcomes, o => o is not null);
        var error = Assert.IsType<Neo4jTransientException>(victim);
        Assert.Equal(Deadlock, error.Code);
        Assert.Contains("Statement: MATCH", error.Message);
        Assert.Single(new[] { first, second }, t => !t.IsActive); // the victim's transaction is gone; the other one goes on
    }

    [Fact]
    public async Task ExecuteWrite_runs_the_unit_again_after_a_deadlock_and_commits()
    {
        // Two units lock the two nodes in opposite orders. On their first attempt each waits, holding its first node, until
        // the other holds its own: then both ask for the other's node, a deadlock whatever the timing. Neo4j aborts one;
        // ExecuteWrite runs that unit again, after the other committed.
        var holdingFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holdingSecond = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = new int[2];

        Task<int> Unit(int index, string firstId, string secondId, TaskCompletionSource holding, TaskCompletionSource other) =>
            db.Client.ExecuteWriteAsync(async tx =>
            {
                var attempt = Interlocked.Increment(ref attempts[index]);
                await Touch(tx, firstId);
                if (attempt == 1)
                {
                    holding.TrySetResult();
                    await other.Task.WaitAsync(Timeline.Testing.Eventually.HangBound);
                }
                await Touch(tx, secondId);
                return attempt;
            });

        var results = await Task.WhenAll(
            Unit(0, _a, _b, holdingFirst, holdingSecond),
            Unit(1, _b, _a, holdingSecond, holdingFirst));

        Assert.Equal([1, 2], results.Order());      // one unit committed at once, the deadlock victim on its second run
        Assert.Equal(results, attempts);            // and each ran exactly as often as it says
        var counts = await db.Client.RunAsync($"MATCH (n:`{_label}`) RETURN n.n AS n");
        Assert.All(counts.Records, r => Assert.Equal(2L, r.Get<long>("n"))); // each node: once per committed unit, none from the victim's first run
    }

    [Fact]
    public void Backoff_grows_exponentially_up_to_the_cap_and_jitter_stays_within_half_to_full()
    {
        var policy = new TransientRetryPolicy(maxRetries: 5, initialDelay: TimeSpan.FromMilliseconds(100), maxDelay: TimeSpan.FromSeconds(1));

        Assert.Equal(
            new[] { 100.0, 200, 400, 800, 1000, 1000 },
            Enumerable.Range(1, 6).Select(r => policy.NominalDelay(r).TotalMilliseconds));
        Assert.InRange(policy.Delay(2, 0.999999).TotalMilliseconds, 199.9, 200.0);
        Assert.Equal(TimeSpan.FromMilliseconds(100), policy.Delay(2, 0));
        Assert.Equal(TimeSpan.FromSeconds(1), policy.NominalDelay(int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.Delay(1, 1.0));
    }

    [Fact]
    public async Task Policy_stops_after_max_retries_and_never_retries_other_errors()
    {
        var policy = new TransientRetryPolicy(maxRetries: 2, initialDelay: TimeSpan.FromMilliseconds(1), maxDelay: TimeSpan.FromMilliseconds(2));
        var transientAttempts = 0;
        var clientAttempts = 0;

        await Assert.ThrowsAsync<Neo4jTransientException>(() => policy.ExecuteAsync<int>(_ =>
        {
            transientAttempts++;
            throw new Neo4jTransientException(Deadlock, "simulated", null);
        }));
        await Assert.ThrowsAsync<Neo4jClientException>(() => policy.ExecuteAsync<int>(_ =>
        {
            clientAttempts++;
            throw new Neo4jClientException("Neo.ClientError.Statement.SyntaxError", "simulated", null);
        }));
        var succeeded = await policy.ExecuteAsync(n => n < 2 ? throw new Neo4jTransientException(Deadlock, "simulated", null) : Task.FromResult(n));

        Assert.Equal(3, transientAttempts);
        Assert.Equal(1, clientAttempts);
        Assert.Equal(2, succeeded);
    }

    private Task<QueryResult> Touch(Neo4jTransaction tx, string id) =>
        tx.RunAsync($"MATCH (n:`{_label}` {{id: $id}}) SET n.n = n.n + 1 RETURN n.n AS n", Params.Of(("id", id)));

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
