using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Timeline.Api.Execution;
using Timeline.Api.Http;
using Timeline.Core.Security;

namespace Timeline.Api.Security;

/// <summary>Lets a request reach <c>/graphql</c> or an <c>/export/…</c> download only with a valid credential (or as an anonymous caller when
/// <see cref="AuthOptions.AllowAnonymous"/> is on): no or a bad credential is 401 <c>UNAUTHENTICATED</c>, a credential
/// without a known role 403 <c>FORBIDDEN</c>, a key that cannot be checked because Neo4j is down 503
/// <c>NEO4J_UNAVAILABLE</c>. The GraphiQL page (a browser's GET of <c>/graphql</c>) stays open: it holds no data and asks for
/// the key itself. Whether the role allows the operation (a mutation needs <c>writer</c>) is checked once the document is
/// parsed, by <see cref="RoleAuthorizationRule"/>.</summary>
internal sealed class GraphQLAccessGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IOptionsMonitor<AuthOptions> options)
    {
        var request = http.Request;
        var accept = request.Headers.Accept.ToList();
        if (request.Path.StartsWithSegments("/graphql") && HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query")
            && MediaTypes.PrefersHtml(accept))
        {
            await next(http);
            return;
        }
        var mediaType = MediaTypes.Choose(accept) ?? MediaTypes.Json;
        var auth = options.CurrentValue;
        if (http.Items.ContainsKey(ApiKeyAuthenticationHandler.StoreUnavailable))
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.Neo4jUnavailable,
                "The graph database is unavailable; try again later.", mediaType);
            return;
        }

        // Authentication already ran (UseAuthentication); the handlers cache their result per request, so this asks nothing
        // again — but unlike the feature UseAuthentication leaves, it also tells a refused credential from no credential.
        var result = await http.AuthenticateAsync();
        if (result is { Succeeded: true })
        {
            if (!ApiKeyRole.IsKnown(CallerClaims.RoleOf(http.User)))
            {
                await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status403Forbidden, SecurityErrorCodes.Forbidden,
                    $"The credential carries no known role ({string.Join(" or ", ApiKeyRole.All)}).", mediaType);
                return;
            }
            await next(http);
            return;
        }
        if (result?.Failure is null && auth.AllowAnonymous)
        {
            http.User = CallerClaims.Principal("Anonymous", "anonymous", auth.AnonymousRole);
            await next(http);
            return;
        }

        http.Response.Headers.WWWAuthenticate = auth.Jwt.Enabled
            ? $"ApiKey header=\"{ApiKeyAuthenticationHandler.Header}\", Bearer"
            : $"ApiKey header=\"{ApiKeyAuthenticationHandler.Header}\"";
        var message = result?.Failure is { } failure
            ? failure.Message.StartsWith("IDX", StringComparison.Ordinal) ? "Invalid bearer token." : failure.Message
            : $"Authentication required: send an API key in the {ApiKeyAuthenticationHandler.Header} header (or a bearer token).";
        await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status401Unauthorized, SecurityErrorCodes.Unauthenticated, message, mediaType);
    }
}
