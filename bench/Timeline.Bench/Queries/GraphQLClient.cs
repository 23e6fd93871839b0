using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Timeline.Bench.Queries;

/// <summary>POSTs GraphQL requests to the API over loopback HTTP/1.1 keep-alive connections and times them (the body is read
/// whole inside the timed region; parsing it is not).</summary>
internal sealed class GraphQLClient : IDisposable
{
    private readonly HttpClient _http;

    public GraphQLClient(Uri endpoint)
    {
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
        {
            BaseAddress = endpoint,
            Timeout = TimeSpan.FromMinutes(5),
        };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public static byte[] Body(string query, IReadOnlyDictionary<string, object?> variables) =>
        JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    public Task<GraphQLAnswer> PostAsync(byte[] body, CancellationToken ct = default) =>
        TimedAsync(() =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return new HttpRequestMessage(HttpMethod.Post, "") { Content = content };
        }, ct);

    /// <summary>GETs <paramref name="path"/> (from the API's root), timed likewise.</summary>
    public Task<GraphQLAnswer> GetAsync(string path, CancellationToken ct = default) =>
        TimedAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(_http.BaseAddress!, path)), ct);

    // The request is built inside the timed region, as a POST's body always was.
    private async Task<GraphQLAnswer> TimedAsync(Func<HttpRequestMessage> request, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        using var message = request();
        using var response = await _http.SendAsync(message, ct);
        var text = await response.Content.ReadAsByteArrayAsync(ct);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new GraphQLAnswer((int)response.StatusCode, text, elapsed.TotalMilliseconds);
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A GraphQL response: status, raw body, latency.</summary>
internal sealed record GraphQLAnswer(int Status, byte[] Body, double Milliseconds)
{
    /// <summary>Ok when HTTP 200 with a JSON body; <paramref name="body"/> is that body (an answer that is not GraphQL's).</summary>
    public bool CheckPlain(out JsonElement body, out string? problem)
    {
        body = default;
        problem = Status == 200 ? null : $"HTTP {Status}";
        try
        {
            using var doc = JsonDocument.Parse(Body);
            body = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            problem = $"HTTP {Status}, unreadable body: {e.Message}";
        }
        return problem is null;
    }

    /// <summary>Ok when HTTP 200 without <c>errors</c>; <paramref name="roundTrips"/> is <c>extensions.cypherRoundTrips</c> (-1 when absent).</summary>
    public bool Check(out int roundTrips, out JsonElement data, out string? problem)
    {
        roundTrips = -1;
        data = default;
        problem = null;
        try
        {
            using var doc = JsonDocument.Parse(Body);
            var root = doc.RootElement;
            if (root.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("cypherRoundTrips", out var rt))
                roundTrips = rt.GetInt32();
            if (root.TryGetProperty("errors", out var errors))
                problem = errors.ToString();
            else if (Status != 200)
                problem = $"HTTP {Status}";
            if (root.TryGetProperty("data", out var d))
                data = d.Clone();
            return problem is null;
        }
        catch (JsonException e)
        {
            problem = $"HTTP {Status}, unreadable body: {e.Message}";
            return false;
        }
    }
}
