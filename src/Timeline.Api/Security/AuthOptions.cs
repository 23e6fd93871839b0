using Timeline.Core.Security;

namespace Timeline.Api.Security;

/// <summary>Who may call the GraphQL endpoint (configuration section <c>Timeline:Auth</c>, e.g. the environment variable
/// <c>Timeline__Auth__AllowAnonymous</c>). By default every request needs an API key or a JWT.</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Timeline:Auth";

    /// <summary>Serve requests that carry no credential, with <see cref="AnonymousRole"/>. Off by default: anyone who can
    /// reach the port could then read (or, with role writer or editor, change) the graph.</summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>The role of anonymous callers when <see cref="AllowAnonymous"/> is on (any of <see cref="ApiKeyRole.All"/>;
    /// default <c>reader</c>).</summary>
    public string AnonymousRole { get; set; } = ApiKeyRole.Reader;

    /// <summary>How long a verified API key is trusted without asking Neo4j again, in seconds (default 30; 0 = always ask).
    /// A revoked key is refused at the latest this long after <c>timeline keys revoke</c>.</summary>
    public int KeyCacheSeconds { get; set; } = 30;

    /// <summary>JWT bearer tokens (off unless a signing key or an authority is configured).</summary>
    public JwtOptions Jwt { get; set; } = new();
}
