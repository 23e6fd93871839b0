using Timeline.Neo4j.Http;

namespace Timeline.Neo4j;

/// <summary>An explicit transaction on the HTTP endpoint. Not thread-safe for interleaved use: calls are serialised.
/// Disposing without <see cref="CommitAsync(CancellationToken)"/> rolls back. Any server error rolls the transaction back on the server;
/// after that every call throws <see cref="InvalidOperationException"/>.</summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jHttpTransport _transport;
    private readonly Uri _endpoint;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TransactionState _state = TransactionState.NotStarted;
    private Uri? _location;
    private Uri? _commitUri;
    private string? _serverFailure;

    internal Neo4jTransaction(Neo4jHttpTransport transport, Uri endpoint)
    {
        _transport = transport;
        _endpoint = endpoint;
    }

    /// <summary>True while statements may still run: neither committed nor rolled back (by the caller or by the server after an error).</summary>
    public bool IsActive => _state is TransactionState.NotStarted or TransactionState.Open;

    internal TransactionState State => _state;

    /// <summary>Runs one statement in this transaction.</summary>
    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        (await RunAsync([new Statement(cypher, parameters)], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Runs one statement (named, for telemetry, by <see cref="Statement.Name"/>) in this transaction.</summary>
    public async Task<QueryResult> RunAsync(Statement statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Runs several statements in ONE HTTP request, in order; returns one result per statement.</summary>
    public async Task<IReadOnlyList<QueryResult>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Count == 0)
            return [];
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureActive();
            var response = await SendAsync(() => _transport.PostStatementsAsync(_location ?? _endpoint, statements, cancellationToken)).ConfigureAwait(false);
            if (_state == TransactionState.NotStarted)
            {
                _location = response.Location;
                _commitUri = response.CommitUri;
                _state = TransactionState.Open;
            }
            ThrowIfFailed(response, statements);
            return response.Results;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Commits. A transaction that never ran a statement commits without a request.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default) =>
        await CommitAsync([], cancellationToken).ConfigureAwait(false);

    /// <summary>Runs <paramref name="statements"/> and commits, in ONE request: the last statements of a unit of work do not
    /// need a request of their own before the commit. Returns one result per statement. If one fails, the server rolls
    /// everything back (this transaction's earlier statements included) and the error names the failing statement.</summary>
    public async Task<IReadOnlyList<QueryResult>> CommitAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureActive();
            IReadOnlyList<QueryResult> results = [];
            if (_state == TransactionState.Open || statements.Count > 0)
            {
                // Never started: the statements alone make up the transaction, so the autocommit endpoint is the same thing.
                var commit = _state == TransactionState.Open
                    ? _commitUri ?? new Uri(Location + "/commit")
                    : new Uri(_endpoint.ToString().TrimEnd('/') + "/commit");
                var response = await SendAsync(() => _transport.PostStatementsAsync(commit, statements, cancellationToken)).ConfigureAwait(false);
                ThrowIfFailed(response, statements);
                results = response.Results;
            }
            _state = TransactionState.Committed;
            return results;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Rolls back. Harmless after the server already rolled back because of an error; an error after commit.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RollbackCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Rolls back if neither committed nor rolled back; errors are swallowed because disposal runs while another
    /// exception is usually propagating, and the server times abandoned transactions out anyway.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_state is TransactionState.Open or TransactionState.Unknown)
                await RollbackCoreAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
        }
        finally
        {
            _state = _state == TransactionState.Committed ? _state : TransactionState.RolledBack;
            _gate.Release();
        }
    }

    private Uri Location => _location ?? throw new InvalidOperationException(
        "The server did not say where the transaction lives (no Location header).");

    private async Task RollbackCoreAsync(CancellationToken cancellationToken)
    {
        switch (_state)
        {
            case TransactionState.Committed:
                throw new InvalidOperationException("The transaction is already committed; it cannot be rolled back.");
            case TransactionState.NotStarted or TransactionState.RolledBack or TransactionState.RolledBackByServer:
                _state = _state == TransactionState.RolledBackByServer ? _state : TransactionState.RolledBack;
                return;
        }
        if (_location is null)
        {
            // Cut off before the server answered the first request: nothing to address; the server's idle timeout cleans up.
            _state = TransactionState.RolledBack;
            return;
        }
        var response = await _transport.DeleteAsync(_location, cancellationToken).ConfigureAwait(false);
        _state = TransactionState.RolledBack;
        // "TransactionNotFound" after an interrupted request means the server already dropped it: the goal is reached.
        var errors = response.Errors.Where(e => e.Code != "Neo.ClientError.Transaction.TransactionNotFound").ToList();
        if (errors.Count > 0)
            throw ErrorMapper.ToException(errors[0], null, _transport.User, _transport.ServerUrl);
    }

    private async Task<TransactionResponse> SendAsync(Func<Task<TransactionResponse>> send)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or Neo4jUnavailableException)
        {
            // The request may or may not have reached the server: remember to try a rollback on dispose.
            _state = TransactionState.Unknown;
            throw;
        }
        catch (Neo4jException)
        {
            // 401 or an unreadable response: the server side is in an unknown state too.
            _state = TransactionState.Unknown;
            throw;
        }
    }

    private void ThrowIfFailed(TransactionResponse response, IReadOnlyList<Statement> statements)
    {
        if (response.Errors.Count == 0)
            return;
        var error = response.Errors[0];
        _state = TransactionState.RolledBackByServer;
        _serverFailure = error.Code;
        throw ErrorMapper.ToException(error, ErrorMapper.FailedStatementText(statements, response.CompletedResults), _transport.User, _transport.ServerUrl);
    }

    private void EnsureActive()
    {
        switch (_state)
        {
            case TransactionState.Committed:
                throw new InvalidOperationException("The transaction is already committed.");
            case TransactionState.RolledBack:
                throw new InvalidOperationException("The transaction is already rolled back.");
            case TransactionState.RolledBackByServer:
                throw new InvalidOperationException(
                    $"The server rolled this transaction back after an error ({_serverFailure}); start a new transaction.");
            case TransactionState.Unknown:
                throw new InvalidOperationException(
                    "An earlier request of this transaction was interrupted, so its state is unknown; dispose it and start a new one.");
        }
    }
}
