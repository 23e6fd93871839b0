using Timeline.Neo4j.Http;

namespace Timeline.Neo4j;

/// <summary>A client for Neo4j's HTTP transactional Cypher endpoint (Neo4j 3.x–5.x). One instance holds one pooled,
/// keep-alive HTTP connection pool: create it once and share it; it is safe for concurrent use.</summary>
public sealed class Neo4jClient : IAsyncDisposable
{
    private readonly Neo4jOptions _options;
    private readonly Neo4jHttpTransport _transport;
    private readonly TransientRetryPolicy _retry;
    private readonly SemaphoreSlim _discovery = new(1, 1);
    private ServerInfo? _serverInfo;

    /// <summary>Creates a client. Options are copied, so later changes to <paramref name="options"/> have no effect.</summary>
    /// <param name="options">Server address, credentials and timeouts.</param>
    /// <param name="handler">An HTTP handler to use instead of the client's own pooled <see cref="SocketsHttpHandler"/>
    /// (then <see cref="Neo4jOptions.ConnectTimeout"/> is the handler's business); not disposed by the client.</param>
    public Neo4jClient(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Clone();
        _transport = new Neo4jHttpTransport(_options, handler, statements => RequestSending?.Invoke(statements));
        _retry = new TransientRetryPolicy(_options.MaxTransientRetries);
    }

    /// <summary>Raised once per HTTP request that carries statements, before it is sent (retries included): for counting
    /// this client's Cypher round trips and recording the texts it sends. Tracing and metrics across clients go through
    /// <see cref="Neo4jDiagnostics"/> instead.</summary>
    public event Action<IReadOnlyList<Statement>>? RequestSending;

    /// <summary>The server address (without credentials).</summary>
    public string ServerUrl => _transport.ServerUrl;

    /// <summary>The server's version, edition and transactional endpoint; discovered on first use, then cached.</summary>
    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        if (_serverInfo is { } known)
            return known;
        await _discovery.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A failed discovery is not cached: the server may simply not be up yet.
            return _serverInfo ??= await EndpointDiscovery.DiscoverAsync(_transport, _options.Database, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _discovery.Release();
        }
    }

    /// <summary>The statement <see cref="VerifyConnectivityAsync"/> sends: the least a server answers, so that what it costs is
    /// the round trip alone.</summary>
    public static Statement ConnectivityProbe { get; } = new("RETURN 1 AS ok") { Name = "health" };

    /// <summary>Checks that the server answers a statement with these credentials (<see cref="ConnectivityProbe"/>, autocommit)
    /// and returns what it is; throws this client's exceptions when it does not.</summary>
    public async Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        await RunAsync(ConnectivityProbe, cancellationToken).ConfigureAwait(false);
        return await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one statement in its own transaction (autocommit); transient errors are retried.</summary>
    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        (await RunAsync([new Statement(cypher, parameters)], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Runs one statement (named, for telemetry, by <see cref="Statement.Name"/>) in its own transaction
    /// (autocommit); transient errors are retried.</summary>
    public async Task<QueryResult> RunAsync(Statement statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Runs several statements in ONE request and one transaction (autocommit): all of them commit or none does;
    /// transient errors are retried.</summary>
    public async Task<IReadOnlyList<QueryResult>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Count == 0)
            return [];
        var info = await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        var commit = new Uri(info.TransactionEndpoint.ToString().TrimEnd('/') + "/commit");
        return await _retry.ExecuteAsync(async _ =>
        {
            var response = await _transport.PostStatementsAsync(commit, statements, cancellationToken).ConfigureAwait(false);
            if (response.Errors.Count > 0)
            {
                throw ErrorMapper.ToException(response.Errors[0], ErrorMapper.FailedStatementText(statements, response.CompletedResults),
                    _options.User, _transport.ServerUrl);
            }
            return response.Results;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> in an explicit transaction meant for reading: committed when it returns, rolled
    /// back when it throws; the whole unit runs again on transient errors, so it must not have other side effects.</summary>
    public Task<T> ExecuteReadAsync<T>(Func<Neo4jTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(work, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in an explicit transaction: committed when it returns, rolled back when it throws;
    /// the whole unit runs again on transient errors, so it must not have other side effects.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<Neo4jTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(work, cancellationToken);

    /// <summary>Starts an explicit transaction. The server-side transaction opens with the first statements, in the same request.</summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        var info = await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        return new Neo4jTransaction(_transport, info.TransactionEndpoint);
    }

    /// <summary>Closes the connection pool.</summary>
    public ValueTask DisposeAsync()
    {
        _transport.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Names the server and user, never the password.</summary>
    public override string ToString() => $"Neo4jClient({_transport.ServerUrl}, user '{_options.User}')";

    private async Task<T> ExecuteAsync<T>(Func<Neo4jTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return await _retry.ExecuteAsync(async _ =>
        {
            await using var transaction = await BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await work(transaction).ConfigureAwait(false);
            // Commit unless the work settled the transaction itself. If the work swallowed a server error, CommitAsync throws:
            // returning normally would claim a write that the server rolled back.
            if (transaction.State is not (TransactionState.Committed or TransactionState.RolledBack))
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }, cancellationToken).ConfigureAwait(false);
    }
}
