using Microsoft.Net.Http.Headers;

namespace Timeline.Api.Http;

/// <summary>Response media types of GraphQL over HTTP, chosen from the Accept header.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The media type to answer with, or null when the client accepts neither (406). No Accept header means
    /// application/json, as the GraphQL-over-HTTP spec asks of servers that support legacy clients.</summary>
    public static string? Choose(IReadOnlyList<string?> acceptHeaders)
    {
        var values = acceptHeaders.Where(h => !string.IsNullOrWhiteSpace(h)).ToList();
        if (values.Count == 0)
            return Json;
        if (!MediaTypeHeaderValue.TryParseList(values.OfType<string>().ToList(), out var ranges) || ranges is null)
            return Json;
        string? best = null;
        double bestQuality = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0)
                continue;
            var type = range.MediaType.Value?.ToLowerInvariant();
            var candidate = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json => Json,
                "application/*" or "*/*" => Json,
                _ => null,
            };
            // Prefer the more specific graphql-response type on ties.
            if (candidate is not null && (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse && best != GraphQLResponse)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    public static bool PrefersHtml(IReadOnlyList<string?> acceptHeaders) =>
        acceptHeaders.Any(h => h is not null && h.Contains("text/html", StringComparison.OrdinalIgnoreCase));
}
