using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Timeline.IntegrationTests.Security;

/// <summary>Signs JWTs with a symmetric key, as an identity provider would, for hosts configured with the same key.</summary>
public static class TestJwt
{
    /// <summary>A test-only HMAC key (≥ 32 bytes).</summary>
    public const string SigningKey = "timeline-integration-tests-signing-key-0123456789";

    public const string Issuer = "https://idp.timeline.test";
    public const string Audience = "timeline-api";

    /// <summary>Host settings that accept tokens from <see cref="Create"/>.</summary>
    public static IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Timeline:Auth:Jwt:SigningKey"] = SigningKey,
        ["Timeline:Auth:Jwt:Issuer"] = Issuer,
        ["Timeline:Auth:Jwt:Audience"] = Audience,
    };

    public static string Create(string subject, string? role, string signingKey = SigningKey, DateTime? expires = null, string issuer = Issuer) =>
        Sign(subject, role, signingKey, expires, issuer);

    /// <summary>A token whose role claim is a list (as identity providers give several roles).</summary>
    public static string CreateWithRoles(string subject, params string[] roles) => Sign(subject, roles, SigningKey, null, Issuer);

    private static string Sign(string subject, object? role, string signingKey, DateTime? expires, string issuer)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject };
        if (role is not null)
            claims["role"] = role;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            Claims = claims,
            NotBefore = DateTime.UtcNow.AddMinutes(-5),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(10),
            IssuedAt = DateTime.UtcNow.AddMinutes(-5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
