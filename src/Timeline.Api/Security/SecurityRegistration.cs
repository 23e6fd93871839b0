using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Timeline.Core.Security;

namespace Timeline.Api.Security;

/// <summary>Wires authentication (API keys, JWT bearer tokens), roles, rate limiting and request time limits.</summary>
public static class SecurityRegistration
{
    private const string PolicyScheme = "Timeline";

    /// <summary>Registers the options and services; JWT validation is configured lazily from <c>Timeline:Auth:Jwt</c>.</summary>
    public static IServiceCollection AddTimelineSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section))
            .Validate(o => ApiKeyRole.IsKnown(o.AnonymousRole), $"{AuthOptions.Section}:AnonymousRole must be one of: {string.Join(", ", ApiKeyRole.All)}.")
            .Validate(o => SigningKey(o.Jwt) is not { } key || Encoding.UTF8.GetByteCount(key) >= 32,
                $"{AuthOptions.Section}:Jwt:SigningKey (or the file SigningKeyFile names) must be at least 32 bytes long for HS256.")
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddOptions<RequestLimitsOptions>().Bind(configuration.GetSection(RequestLimitsOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyValidator>();

        services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "API key or JWT bearer token", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>>(ConfigureJwt);
        services.AddTimelineRateLimiting();
        return services;
    }

    /// <summary>On the data endpoints (<c>/graphql</c>, <c>/export/…</c>): authentication, then the rate limiter (partitioned by
    /// the caller it found), then the access gate.</summary>
    public static IApplicationBuilder UseTimelineSecurity(this IApplicationBuilder app) =>
        app.UseWhen(IsDataEndpoint, graphql => graphql
            .UseAuthentication()
            .UseRateLimiter()
            .UseMiddleware<GraphQLAccessGate>());

    /// <summary>The paths that serve graph data and so need a credential; health and the GraphiQL page and bundles do not.</summary>
    public static bool IsDataEndpoint(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/graphql") || http.Request.Path.StartsWithSegments("/export");

    private static string SelectScheme(HttpContext http)
    {
        var jwt = http.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.Jwt;
        var authorization = http.Request.Headers.Authorization.ToString();
        return jwt.Enabled && ApiKeyAuthenticationHandler.PresentedKey(http.Request) is null
               && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? JwtBearerDefaults.AuthenticationScheme
            : ApiKeyAuthenticationHandler.SchemeName;
    }

    private static string? SigningKey(JwtOptions jwt) =>
        !string.IsNullOrEmpty(jwt.SigningKeyFile) ? File.ReadAllText(jwt.SigningKeyFile).TrimEnd('\r', '\n') : jwt.SigningKey;

    private static void ConfigureJwt(JwtBearerOptions bearer, IOptions<AuthOptions> auth)
    {
        var jwt = auth.Value.Jwt;
        bearer.MapInboundClaims = false;
        if (!string.IsNullOrEmpty(jwt.Authority))
            bearer.Authority = jwt.Authority;
        var signingKey = SigningKey(jwt);
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = !string.IsNullOrEmpty(jwt.Issuer),
            ValidIssuer = jwt.Issuer,
            ValidateAudience = !string.IsNullOrEmpty(jwt.Audience),
            ValidAudience = jwt.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = string.IsNullOrEmpty(signingKey) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
            NameClaimType = "sub",
            RoleClaimType = jwt.RoleClaim,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        bearer.Events = new JwtBearerEvents
        {
            // One vocabulary downstream: the highest known role among the token's role claims, and the subject as actor.
            OnTokenValidated = context =>
            {
                var principal = context.Principal!;
                var roles = principal.FindAll(jwt.RoleClaim).Select(c => c.Value).ToList();
                var role = ApiKeyRole.All.LastOrDefault(roles.Contains);
                var subject = principal.FindFirst("sub")?.Value;
                if (subject is null)
                {
                    context.Fail("The token has no subject (sub).");
                    return Task.CompletedTask;
                }
                context.Principal = CallerClaims.Principal(JwtBearerDefaults.AuthenticationScheme, "jwt:" + subject, role ?? "");
                return Task.CompletedTask;
            },
        };
    }
}
