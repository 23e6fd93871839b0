using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Timeline.Neo4j.Diagnostics;

namespace Timeline.Neo4j.Http;

/// <summary>Sends requests to one Neo4j server: authentication, timeouts, the translation of transport failures into
/// <see cref="Neo4jUnavailableException"/> and of HTTP 401 into <see cref="Neo4jAuthenticationException"/>, and the
/// telemetry of each round trip to the transactional endpoint (<see cref="Neo4jDiagnostics"/>).</summary>
internal sealed class Neo4jHttpTransport : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json") { CharSet = "UTF-8" };

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly Action<IReadOnlyList<Statement>> _onSending;

    public Neo4jHttpTransport(Neo4jOptions options, HttpMessageHandler? handler, Action<IReadOnlyList<Statement>> onSending)
    {
        _options = options;
        _onSending = onSending;
        BaseUri = options.Uri;
        ServerUrl = UriText.Redact(options.Uri);
        _authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        _http = handler is null
            ? new HttpClient(CreateHandler(options), disposeHandler: true)
            : new HttpClient(handler, disposeHandler: false);
        // Timeouts are enforced per request below so that they surface as Neo4jUnavailableException, not TaskCanceledException.
        _http.Timeout = Timeout.InfiniteTimeSpan;
    }

    public Uri BaseUri { get; }

    /// <summary>The server address for messages (credentials removed).</summary>
    public string ServerUrl { get; }

    public string User => _options.User;

    private static SocketsHttpHandler CreateHandler(Neo4jOptions options) => new()
    {
        ConnectTimeout = options.ConnectTimeout,
        // Recycle connections now and then so DNS changes (container restarts, failover) are picked up.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = options.IdleConnectionTimeout,
        AllowAutoRedirect = false,
    };

    /// <summary>Maps a URL the server advertised onto the configured scheme/host/port: behind port mappings (containers) or
    /// proxies the server only knows its own address, which the client may not be able to reach.</summary>
    public Uri Resolve(string advertised)
    {
        var path = Uri.TryCreate(advertised, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : advertised;
        return new UriBuilder(BaseUri) { Path = path, Query = "" }.Uri;
    }

    public async Task<JsonDocument> GetJsonAsync(Uri uri, bool authenticate, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        var (status, document, _) = await SendAsync(request, authenticate, cancellationToken).ConfigureAwait(false);
        if (document is null || (int)status >= 400)
        {
            document?.Dispose();
            throw new Neo4jDatabaseException("Timeline.Client.UnexpectedResponse",
                $"GET {uri.AbsolutePath} answered HTTP {(int)status}; is {ServerUrl} a Neo4j HTTP connector?", null);
        }
        return document;
    }

    /// <summary>POSTs statements (possibly none: a bare commit) to a transactional endpoint URL.</summary>
    public async Task<TransactionResponse> PostStatementsAsync(Uri uri, IReadOnlyList<Statement> statements, CancellationToken cancellationToken)
    {
        var body = new ByteArrayContent(RequestBody.Create(statements));
        body.Headers.ContentType = Json;
        if (statements.Count > 0)
            _onSending(statements);
        return await RoundTripAsync(new HttpRequestMessage(HttpMethod.Post, uri) { Content = body }, statements,
            statements.Count == 0 ? "COMMIT" : null, cancellationToken).ConfigureAwait(false);
    }

    public Task<TransactionResponse> DeleteAsync(Uri uri, CancellationToken cancellationToken) =>
        RoundTripAsync(new HttpRequestMessage(HttpMethod.Delete, uri), [], "ROLLBACK", cancellationToken);

    // Owns (disposes) the request.
    private async Task<TransactionResponse> RoundTripAsync(
        HttpRequestMessage request, IReadOnlyList<Statement> statements, string? operation, CancellationToken cancellationToken)
    {
        using var owned = request;
        using var telemetry = RoundTripTelemetry.Start(statements, operation, _options);
        try
        {
            var response = await SendTransactionalAsync(request, statements, cancellationToken).ConfigureAwait(false);
            if (response.Errors.Count > 0)
                telemetry?.Failed(response.Errors[0].Code);
            return response;
        }
        catch (Exception e) when (telemetry is not null)
        {
            telemetry.Failed(e);
            throw;
        }
    }

    private async Task<TransactionResponse> SendTransactionalAsync(
        HttpRequestMessage request, IReadOnlyList<Statement> statements, CancellationToken cancellationToken)
    {
        var (status, document, location) = await SendAsync(request, authenticate: true, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            throw new Neo4jDatabaseException("Timeline.Client.UnreadableResponse",
                $"{request.Method} {request.RequestUri?.AbsolutePath} answered HTTP {(int)status} without a JSON body.",
                ErrorMapper.FailedStatementText(statements, 0));
        }
        using (document)
        {
            try
            {
                return ResponseReader.Read(document.RootElement, location is null ? null : Resolve(location.ToString()), Resolve);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
            {
                throw new Neo4jDatabaseException("Timeline.Client.UnreadableResponse",
                    $"The response to {request.Method} {request.RequestUri?.AbsolutePath} has an unexpected shape: {e.Message}",
                    ErrorMapper.FailedStatementText(statements, 0), e);
            }
        }
    }

    /// <summary>Sends one request within <see cref="Neo4jOptions.RequestTimeout"/>, reading the whole body. Returns null for a
    /// body that is not JSON. The caller's token cancels (OperationCanceledException); the timeout does not.</summary>
    private async Task<(HttpStatusCode Status, JsonDocument? Body, Uri? Location)> SendAsync(
        HttpRequestMessage request, bool authenticate, CancellationToken cancellationToken)
    {
        request.Headers.Accept.Add(Json);
        if (authenticate)
            request.Headers.Authorization = _authorization;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            var document = TryParse(body);
            // 401 for bad credentials; other statuses carrying an authentication code, e.g. AuthenticationRateLimit after repeated failures.
            if (response.StatusCode == HttpStatusCode.Unauthorized || IsAuthenticationFailure(document))
                throw Unauthorized(document);
            return (response.StatusCode, document, response.Headers.Location);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            // Report the caller's token, not the linked one, so callers can tell their own cancellation apart.
            throw new OperationCanceledException(e.Message, e, cancellationToken);
        }
        catch (OperationCanceledException e)
        {
            // Our own timer, or SocketsHttpHandler's ConnectTimeout (which also surfaces as a cancellation).
            var reason = timeout.IsCancellationRequested
                ? $"no response within {Seconds(_options.RequestTimeout)} (RequestTimeout) to {request.Method} {request.RequestUri?.AbsolutePath}"
                : $"connection attempt timed out after {Seconds(_options.ConnectTimeout)} (ConnectTimeout)";
            throw new Neo4jUnavailableException(ServerUrl, reason, e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jUnavailableException(ServerUrl, Reason(e), e);
        }
        catch (IOException e)
        {
            throw new Neo4jUnavailableException(ServerUrl, e.Message, e);
        }
    }

    private Neo4jAuthenticationException Unauthorized(JsonDocument? document)
    {
        using (document)
        {
            var error = document is null ? null : ResponseReader.ReadErrors(document.RootElement).FirstOrDefault();
            return new Neo4jAuthenticationException(
                error?.Code ?? "Neo.ClientError.Security.Unauthorized", error?.Message ?? "HTTP 401 Unauthorized", _options.User, ServerUrl);
        }
    }

    private static bool IsAuthenticationFailure(JsonDocument? document) =>
        document is not null && ResponseReader.ReadErrors(document.RootElement).Any(e => ErrorMapper.IsAuthentication(e.Code));

    private static JsonDocument? TryParse(byte[] body)
    {
        if (body.Length == 0)
            return null;
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Reason(HttpRequestException e)
    {
        // The socket error ("Connection refused", "Name or service not known") says more than HttpClient's wrapper text.
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
                return socket.Message;
            if (inner is TimeoutException)
                return "connection attempt timed out (ConnectTimeout)";
        }
        return e.Message;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    public void Dispose() => _http.Dispose();
}
