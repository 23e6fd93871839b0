using Timeline.Neo4j;
using Timeline.Core.Ontology;

namespace Timeline.Core.Security;

/// <summary>Issues, revokes, lists and verifies API keys kept in Neo4j as <c>(:ApiKey {id, hash, role, name, createdAt,
/// revokedAt})</c> nodes. Keys live in the graph database rather than a file so that every API instance and the CLI see
/// one list and a revocation takes effect everywhere without copying files; the nodes carry no relationships and no
/// knowledge-graph label, so exports, search and paths never see them. Only the hash of a key is stored.</summary>
public sealed class ApiKeyStore(Neo4jClient client)
{
    private const string CreateCypher = $$"""
        CREATE (k:{{GraphLabels.ApiKey}} {id: $id, hash: $hash, role: $role, name: $name, createdAt: $createdAt})
        RETURN k.id AS id
        """;

    private const string RevokeCypher = $$"""
        MATCH (k:{{GraphLabels.ApiKey}} {id: $id})
        WITH k, k.revokedAt IS NULL AS wasActive
        SET k.revokedAt = coalesce(k.revokedAt, $now)
        RETURN wasActive
        """;

    private const string ListCypher = $$"""
        MATCH (k:{{GraphLabels.ApiKey}})
        RETURN k.id AS id, k.role AS role, k.name AS name, k.createdAt AS createdAt, k.revokedAt AS revokedAt
        ORDER BY k.createdAt, k.id
        """;

    private const string FindCypher = $$"""
        MATCH (k:{{GraphLabels.ApiKey}} {id: $id})
        RETURN k.id AS id, k.hash AS hash, k.role AS role, k.name AS name, k.createdAt AS createdAt, k.revokedAt AS revokedAt
        """;

    /// <summary>Outcome of <see cref="RevokeAsync"/>.</summary>
    public enum RevokeOutcome
    {
        /// <summary>The key was active and is revoked now.</summary>
        Revoked,

        /// <summary>The key had been revoked before.</summary>
        AlreadyRevoked,

        /// <summary>No key has that id.</summary>
        NotFound,
    }

    /// <summary>Issues a key; the returned key text is the only copy (it is not stored).</summary>
    public async Task<(ApiKeyInfo Info, string Key)> IssueAsync(string role, string name, CancellationToken ct = default)
    {
        if (!ApiKeyRole.IsKnown(role))
            throw new ArgumentException($"Unknown role '{role}'. Roles: {string.Join(", ", ApiKeyRole.All)}.", nameof(role));
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException("A key needs a name saying who or what it is for.", nameof(name));
        var (id, key) = ApiKeyFormat.Generate();
        var createdAt = Now();
        await client.RunAsync(CreateCypher, new Dictionary<string, object?>
        {
            ["id"] = id,
            ["hash"] = ApiKeyFormat.Hash(key),
            ["role"] = role,
            ["name"] = name.Trim(),
            ["createdAt"] = createdAt,
        }, ct).ConfigureAwait(false);
        return (new ApiKeyInfo(id, role, name.Trim(), createdAt, null), key);
    }

    /// <summary>Revokes the key with this id (its node stays, for the audit trail).</summary>
    public async Task<RevokeOutcome> RevokeAsync(string id, CancellationToken ct = default)
    {
        var result = await client.RunAsync(RevokeCypher, new Dictionary<string, object?> { ["id"] = id, ["now"] = Now() }, ct).ConfigureAwait(false);
        if (result.Records.Count == 0)
            return RevokeOutcome.NotFound;
        return result.Records[0].Get<bool>("wasActive") ? RevokeOutcome.Revoked : RevokeOutcome.AlreadyRevoked;
    }

    /// <summary>Every key, oldest first, without hashes.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct = default)
    {
        var result = await client.RunAsync(ListCypher, null, ct).ConfigureAwait(false);
        return result.Records.Select(Info).ToList();
    }

    /// <summary>The active key that <paramref name="key"/> is, or null when it is malformed, unknown, revoked or does not
    /// match its stored hash. Throws <see cref="Neo4jException"/> when Neo4j cannot answer.</summary>
    public async Task<ApiKeyInfo?> VerifyAsync(string key, CancellationToken ct = default)
    {
        if (ApiKeyFormat.IdOf(key) is not { } id)
            return null;
        var result = await client.RunAsync(FindCypher, new Dictionary<string, object?> { ["id"] = id }, ct).ConfigureAwait(false);
        if (result.Records.Count == 0)
            return null;
        var record = result.Records[0];
        if (record["hash"] is not string hash || !ApiKeyFormat.Matches(key, hash))
            return null;
        var info = Info(record);
        return info.IsActive && ApiKeyRole.IsKnown(info.Role) ? info : null;
    }

    private static ApiKeyInfo Info(Neo4jRecord r) =>
        new(r.Get<string>("id"), r["role"] as string ?? "", r["name"] as string ?? "", r["createdAt"] as string ?? "", r["revokedAt"] as string);

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
}
