using System.Net.Http.Headers;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>Profiling aid: hosts the API in this process (WebApplicationFactory, as the integration tests do) only to record
/// the exact Cypher statement the translator compiles for each request, so that it can be timed directly through the
/// client. The host's Neo4j client is given a handler that lets discovery through but refuses every Cypher request after
/// it is recorded: nothing runs on the server. Latency and throughput come from the separate API process, never from here.</summary>
internal static class ApiCypherCapture
{
    public static async Task<Dictionary<string, Statement>> CaptureAsync(IReadOnlyList<QueryCase> cases, IReadOnlyDictionary<string, string> settings)
    {
        await using var factory = InProcessApi.Create(new RefuseCypherHandler(), settings);
        var client = (Neo4jClient)factory.Services.GetService(typeof(Neo4jClient))!;
        var captured = new Dictionary<string, Statement>();
        string? current = null;
        client.RequestSending += statements =>
        {
            if (current is not null && statements.Count == 1)
                captured[current] = statements[0];
        };
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var c in cases.Where(c => c.SendsGraphQL))
        {
            current = c.Name;
            using var content = new ByteArrayContent(GraphQLClient.Body(c.GraphQL, c.Variables));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync("/graphql", content); // answers 503: the statement was refused
        }
        // A request that compiles to Cypher but was not captured would silently lose its column: say so instead.
        var missing = cases.Where(c => c.ExpectedRoundTrips > 0 && !captured.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException("The translator's Cypher was not recorded for: " + string.Join(", ", missing));
        return captured;
    }

    private sealed class RefuseCypherHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri?.AbsolutePath.Contains("/transaction", StringComparison.Ordinal) == true
                ? throw new HttpRequestException("capture only: Cypher is recorded, not run")
                : base.SendAsync(request, cancellationToken);
    }
}
