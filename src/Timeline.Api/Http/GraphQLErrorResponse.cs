using System.Text.Json;

namespace Timeline.Api.Http;

/// <summary>Writes a request-level error (before execution: body too large, not JSON, no query…) in the GraphQL response shape.</summary>
internal static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext http, int status, string code, string message, string mediaType)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            errors = new[] { new { message, extensions = new { code } } },
        }, cancellationToken: http.RequestAborted);
    }
}
