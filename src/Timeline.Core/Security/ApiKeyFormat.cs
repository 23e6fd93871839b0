using System.Security.Cryptography;
using System.Text;

namespace Timeline.Core.Security;

/// <summary>The shape of an API key: <c>tlk_&lt;id&gt;_&lt;secret&gt;</c>, where the id is 12 hex digits (6 random bytes, used
/// to find the key without scanning) and the secret is 32 random bytes in base64url. Only the SHA-256 of the whole key is
/// stored: with 256 bits of randomness a fast hash is enough (no dictionary to attack, so no need for a slow KDF), and
/// the check costs microseconds per request.</summary>
public static class ApiKeyFormat
{
    /// <summary>The prefix every key starts with (makes keys recognisable to secret scanners and in headers).</summary>
    public const string Prefix = "tlk_";

    private const int IdBytes = 6;
    private const int SecretBytes = 32;

    /// <summary>A new random key and its id.</summary>
    public static (string Id, string Key) Generate()
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(IdBytes)).ToLowerInvariant();
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (id, $"{Prefix}{id}_{secret}");
    }

    /// <summary>The key's id, or null when <paramref name="key"/> does not have the shape of a key.</summary>
    public static string? IdOf(string? key)
    {
        if (key is null || key.Length > 200 || !key.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var rest = key.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator != IdBytes * 2 || rest.Length <= separator + 1)
            return null;
        foreach (var c in rest[..separator])
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
                return null;
        }
        return rest[..separator].ToString();
    }

    /// <summary>Lower-case hex SHA-256 of the whole key (what is stored).</summary>
    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();

    /// <summary>Compares a presented key with a stored hash in constant time.</summary>
    public static bool Matches(string key, string storedHash)
    {
        var presented = Encoding.ASCII.GetBytes(Hash(key));
        var stored = Encoding.ASCII.GetBytes(storedHash);
        return CryptographicOperations.FixedTimeEquals(presented, stored);
    }
}
