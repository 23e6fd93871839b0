using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Timeline.Client.Http;

/// <summary>POSTs GraphQL requests as JSON and turns every kind of failure into a <see cref="TimelineApiException"/>.</summary>
internal sealed class GraphQLTransport(HttpClient http, TimelineClientOptions options)
{
    public async Task<JsonElement> ExecuteAsync(string query, JsonObject variables, CancellationToken ct) =>
        (await PostAsync(query, variables, browserCypherOf: null, ct).ConfigureAwait(false)).Data;

    /// <summary>Executes a query and also asks the server for the Browser text of the question behind root field
    /// <paramref name="field"/> (the request extension <c>browserCypher</c>; the server answers in
    /// <c>extensions.browserCypher.&lt;field&gt;</c>).</summary>
    public Task<(JsonElement Data, string? BrowserCypher)> ExecuteWithBrowserCypherAsync(string query, JsonObject variables, string field,
        CancellationToken ct) =>
        PostAsync(query, variables, field, ct);

    private async Task<(JsonElement Data, string? BrowserCypher)> PostAsync(string query, JsonObject variables, string? browserCypherOf,
        CancellationToken ct)
    {
        var body = new JsonObject { ["query"] = query, ["variables"] = variables };
        if (browserCypherOf is not null)
            body["extensions"] = new JsonObject { ["browserCypher"] = true };
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Endpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        using var response = await SendAsync(request, ct).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        var json = TryParse(text);
        if (json is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var list = errors.EnumerateArray().Select(Error).ToList();
            throw new TimelineApiException(list[0].Code ?? CodeOf(response.StatusCode), string.Join(" ", list.Select(e => e.Message)), response.StatusCode, list);
        }
        if (!response.IsSuccessStatusCode || json is not { ValueKind: JsonValueKind.Object } || !json.Value.TryGetProperty("data", out var data))
        {
            var snippet = text.Length > 300 ? text[..300] + "…" : text;
            throw new TimelineApiException(CodeOf(response.StatusCode),
                $"The API at {options.Endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase} without a GraphQL result: {snippet}", response.StatusCode);
        }
        string? browserCypher = browserCypherOf is not null
            && json.Value.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty("browserCypher", out var texts) && texts.ValueKind == JsonValueKind.Object
            && texts.TryGetProperty(browserCypherOf, out var browserText) && browserText.ValueKind == JsonValueKind.String
                ? browserText.GetString()
                : null;
        return (data.Clone(), browserCypher);
    }

    /// <summary>GETs a download (exports) relative to the endpoint, e.g. <c>/export/graphml?entity=…</c>.</summary>
    public async Task<string> GetTextAsync(string relative, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Endpoint, relative));
        using var response = await SendAsync(request, ct).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (response.IsSuccessStatusCode) return text;
        if (TryParse(text) is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            var list = errors.EnumerateArray().Select(Error).ToList();
            throw new TimelineApiException(list[0].Code ?? CodeOf(response.StatusCode), string.Join(" ", list.Select(e => e.Message)), response.StatusCode, list);
        }
        throw new TimelineApiException(CodeOf(response.StatusCode), $"{request.RequestUri} answered {(int)response.StatusCode} {response.ReasonPhrase}.", response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (options.ApiKey is { } key)
            request.Headers.TryAddWithoutValidation(options.ApiKeyHeader, key);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new TimelineApiException("TIMEOUT", $"The API at {request.RequestUri} did not answer within {options.Timeout.TotalSeconds:0.#} s.", inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new TimelineApiException("SERVICE_UNREACHABLE", $"The API at {request.RequestUri} could not be reached: {e.Message}", inner: e);
        }
    }

    private static JsonElement? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static GraphQLError Error(JsonElement e)
    {
        var message = e.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "Unknown error.";
        string? code = e.TryGetProperty("extensions", out var x) && x.ValueKind == JsonValueKind.Object
            && x.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var path = e.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(s => s.ToString()).ToList()
            : [];
        return new GraphQLError(message, code, path);
    }

    private static string CodeOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "UNAUTHENTICATED",
        HttpStatusCode.Forbidden => "FORBIDDEN",
        _ => $"HTTP_{(int)status}",
    };
}
