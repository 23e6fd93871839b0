using System.Net;
using System.Text.Json;

namespace Timeline.IntegrationTests.Api;

/// <summary>An HTTP answer of the GraphQL endpoint: status, content type and parsed JSON, with helpers for assertions.</summary>
public sealed class GraphQLResponse
{
    private GraphQLResponse(HttpStatusCode status, string? contentType, string body)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
        Json = body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public HttpStatusCode Status { get; }

    public string? ContentType { get; }

    public string Body { get; }

    public JsonElement Json { get; }

    public JsonElement Data => Json.GetProperty("data");

    public bool HasErrors => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("errors", out var e) && e.GetArrayLength() > 0;

    public IReadOnlyList<string> ErrorCodes => HasErrors
        ? Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToList()
        : [];

    public int CypherRoundTrips => Json.GetProperty("extensions").GetProperty("cypherRoundTrips").GetInt32();

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());

    /// <summary>Fails with the body when the response has errors.</summary>
    public GraphQLResponse AssertOk()
    {
        Assert.True(Status == HttpStatusCode.OK && !HasErrors, $"Expected success, got {(int)Status}: {Body}");
        return this;
    }

    public override string ToString() => $"{(int)Status} {Body}";
}
