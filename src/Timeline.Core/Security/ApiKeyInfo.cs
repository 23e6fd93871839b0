namespace Timeline.Core.Security;

/// <summary>What is known about an issued API key, without its secret: <c>(:ApiKey {id, role, name, createdAt, revokedAt})</c>.</summary>
/// <param name="Id">Public key id (12 hex digits); the part of the key that is safe to log and to show.</param>
/// <param name="Role">One of <see cref="ApiKeyRole.All"/>: <see cref="ApiKeyRole.Reader"/>, <see cref="ApiKeyRole.Writer"/>
/// or <see cref="ApiKeyRole.Editor"/>.</param>
/// <param name="Name">Who or what the key is for, as given when it was issued.</param>
/// <param name="CreatedAt">When it was issued (UTC, ISO 8601).</param>
/// <param name="RevokedAt">When it was revoked, or null while it is valid.</param>
public sealed record ApiKeyInfo(string Id, string Role, string Name, string CreatedAt, string? RevokedAt)
{
    /// <summary>True while the key has not been revoked.</summary>
    public bool IsActive => RevokedAt is null;
}
