namespace Timeline.Api.Security;

/// <summary>JWT bearer tokens (section <c>Timeline:Auth:Jwt</c>): either a symmetric HMAC signing key (<see cref="SigningKey"/> or
/// <see cref="SigningKeyFile"/>, at least 32 bytes) or an OpenID Connect <see cref="Authority"/> whose published keys sign the
/// tokens. The caller's role is read from <see cref="RoleClaim"/>; the subject (<c>sub</c>) is the audit actor.</summary>
public sealed class JwtOptions
{
    /// <summary>HMAC-SHA256 signing key (UTF-8 text, at least 32 bytes).</summary>
    public string? SigningKey { get; set; }

    /// <summary>A file holding the signing key (a secret mounted by the platform); wins over <see cref="SigningKey"/>.</summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>OpenID Connect authority (issuer URL) whose discovery document gives the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>Required <c>iss</c>, when set.</summary>
    public string? Issuer { get; set; }

    /// <summary>Required <c>aud</c>, when set.</summary>
    public string? Audience { get; set; }

    /// <summary>The claim holding the role (<c>reader</c>, <c>writer</c> or <c>editor</c>; of several, the highest known one
    /// counts; default <c>role</c>).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The HMAC signing key: the file's content when <see cref="SigningKeyFile"/> is set, else <see cref="SigningKey"/>.</summary>
    public string? ReadSigningKey() =>
        !string.IsNullOrEmpty(SigningKeyFile) ? File.ReadAllText(SigningKeyFile).TrimEnd('\r', '\n') : SigningKey;

    /// <summary>True when tokens can be validated at all.</summary>
    public bool Enabled => !string.IsNullOrEmpty(SigningKey) || !string.IsNullOrEmpty(SigningKeyFile) || !string.IsNullOrEmpty(Authority);
}
