using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;
using Timeline.Api.Execution;
using Timeline.Api.Http;
using Timeline.Core.Security;

namespace Timeline.Api.Security;

/// <summary>What a caller refused by an endpoint's access policy (<see cref="AccessPolicies"/>) reads, in the GraphQL error
/// shape every answer of this API has: no or a bad credential is 401 <c>UNAUTHENTICATED</c> (with <c>WWW-Authenticate</c>), a
/// credential without a known role 403 <c>FORBIDDEN</c>, a key that cannot be checked because Neo4j is down 503
/// <c>NEO4J_UNAVAILABLE</c> (an outage, not the caller's fault).</summary>
internal sealed class AccessDeniedResponses(IOptionsMonitor<AuthOptions> options) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded)
        {
            await next(http);
            return;
        }
        var mediaType = MediaTypes.Choose(http.Request.Headers.Accept.ToList()) ?? MediaTypes.Json;
        if (http.Items.ContainsKey(ApiKeyAuthenticationHandler.StoreUnavailable))
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.Neo4jUnavailable,
                "The graph database is unavailable; try again later.", mediaType);
            return;
        }
        if (result.Forbidden)
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status403Forbidden, SecurityErrorCodes.Forbidden,
                $"The credential carries no known role ({string.Join(", ", ApiKeyRole.All)}).", mediaType);
            return;
        }

        // Authentication already ran (UseAuthentication); the handlers cache their result per request, so this asks nothing
        // again — but unlike the principal UseAuthentication leaves, it tells a refused credential from no credential.
        var authentication = await http.AuthenticateAsync();
        http.Response.Headers.WWWAuthenticate = options.CurrentValue.Jwt.Enabled
            ? $"ApiKey header=\"{ApiKeyAuthenticationHandler.Header}\", Bearer"
            : $"ApiKey header=\"{ApiKeyAuthenticationHandler.Header}\"";
        var message = authentication.Failure is { } failure
            ? failure.Message.StartsWith("IDX", StringComparison.Ordinal) ? "Invalid bearer token." : failure.Message
            : $"Authentication required: send an API key in the {ApiKeyAuthenticationHandler.Header} header (or a bearer token).";
        await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status401Unauthorized, SecurityErrorCodes.Unauthenticated, message, mediaType);
    }
}
