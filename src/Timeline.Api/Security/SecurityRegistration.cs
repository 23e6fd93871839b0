using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Timeline.Api.Security;

/// <summary>Wires authentication (API keys, JWT bearer tokens, the anonymous caller when allowed), the access policies that
/// endpoints name in their metadata, rate limiting and the answers to refused requests. Options are bound by
/// <see cref="Hosting.OptionsRegistration"/>.</summary>
public static class SecurityRegistration
{
    private const string CallerScheme = "Timeline";

    /// <summary>Registers the schemes, policies and services; JWT validation is configured lazily from <c>Timeline:Auth:Jwt</c>.</summary>
    public static IServiceCollection AddTimelineSecurity(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyValidator>();
        services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, "API key, JWT bearer token, or anonymous when allowed", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, AnonymousAuthenticationHandler>(AnonymousAuthenticationHandler.SchemeName, null)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>>(JwtBearerSetup.Configure);
        services.AddAuthorization(AccessPolicies.Configure);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessDeniedResponses>();
        services.AddTimelineRateLimiting();
        return services;
    }

    /// <summary>After routing: authentication, then the rate limiter (partitioned by the caller it found), then each endpoint's
    /// access policy.</summary>
    public static IApplicationBuilder UseTimelineSecurity(this IApplicationBuilder app) =>
        app.UseAuthentication()
            .UseRateLimiter()
            .UseAuthorization();

    private static string SelectScheme(HttpContext http)
    {
        var auth = http.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue;
        var key = ApiKeyAuthenticationHandler.PresentedKey(http.Request);
        if (key is null && auth.Jwt.Enabled && http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return JwtBearerDefaults.AuthenticationScheme;
        if (key is null && auth.AllowAnonymous)
            return AnonymousAuthenticationHandler.SchemeName;
        return ApiKeyAuthenticationHandler.SchemeName;
    }
}
