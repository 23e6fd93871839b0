namespace Timeline.IntegrationTests.Security;

/// <summary>An HTTP handler in front of the real Neo4j server that, once armed, holds every request carrying statements until
/// its caller cancels it: a read that outlasts any time limit on any machine, however fast, without a query that burns the
/// shared server's CPU.</summary>
public sealed class HeldNeo4jRequests() : DelegatingHandler(new SocketsHttpHandler())
{
    /// <summary>Whether requests are held from now on.</summary>
    public bool Armed { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Armed && request.Method == HttpMethod.Post)
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
