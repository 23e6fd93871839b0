using System.Globalization;
using System.Text.Json;

namespace Timeline.Neo4j.Http;

/// <summary>Finds the transactional endpoint and the server version from the discovery document, which differs by version:
/// 3.x: <c>GET /</c> → <c>{"data": ".../db/data/"}</c>, then <c>GET /db/data/</c> → <c>{"transaction", "neo4j_version"}</c>;
/// 4.x/5.x: <c>GET /</c> → <c>{"transaction": ".../db/{databaseName}/tx", "neo4j_version", "neo4j_edition"}</c>.</summary>
internal static class EndpointDiscovery
{
    public static async Task<ServerInfo> DiscoverAsync(Neo4jHttpTransport transport, string? database, CancellationToken cancellationToken)
    {
        // The discovery document is public on every version; credentials are first checked on the next request.
        using var root = await transport.GetJsonAsync(transport.BaseUri, authenticate: false, cancellationToken).ConfigureAwait(false);
        var r = root.RootElement;

        if (Text(r, "transaction") is { } template)
        {
            var endpoint = transport.Resolve(template.Replace("{databaseName}", Uri.EscapeDataString(database ?? "neo4j"), StringComparison.Ordinal));
            var version = Text(r, "neo4j_version") ?? "unknown";
            return new ServerInfo(version, Major(version), Text(r, "neo4j_edition") ?? "unknown", endpoint);
        }

        if (Text(r, "data") is { } data)
        {
            // Authenticated on 3.x: wrong credentials are reported here, before any statement runs.
            using var service = await transport.GetJsonAsync(transport.Resolve(data), authenticate: true, cancellationToken).ConfigureAwait(false);
            var s = service.RootElement;
            var version = Text(s, "neo4j_version") ?? "unknown";
            var transaction = Text(s, "transaction") ?? "/db/data/transaction";
            var edition = await ManagementEditionAsync(transport, cancellationToken).ConfigureAwait(false);
            return new ServerInfo(version, Major(version), edition, transport.Resolve(transaction));
        }

        throw new Neo4jDatabaseException("Timeline.Client.UnexpectedResponse",
            $"GET / at {transport.ServerUrl} has neither 'transaction' (Neo4j 4+) nor 'data' (Neo4j 3.x); is it a Neo4j HTTP connector?", null);
    }

    /// <summary>Neo4j 3.x states its edition only on the management API; an older or locked-down server may not answer, which
    /// is no reason to fail discovery.</summary>
    private static async Task<string> ManagementEditionAsync(Neo4jHttpTransport transport, CancellationToken cancellationToken)
    {
        try
        {
            using var version = await transport.GetJsonAsync(transport.Resolve("/db/manage/server/version"), authenticate: true, cancellationToken)
                .ConfigureAwait(false);
            return Text(version.RootElement, "edition") ?? "unknown";
        }
        catch (Neo4jDatabaseException)
        {
            return "unknown";
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static int Major(string version)
    {
        var dot = version.IndexOf('.');
        var head = dot < 0 ? version : version[..dot];
        return int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : 0;
    }
}
