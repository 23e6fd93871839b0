using Microsoft.AspNetCore.Authorization;
using Timeline.Core.Security;

namespace Timeline.Api.Security;

/// <summary>Who may reach an endpoint, said as endpoint metadata where the endpoint (or its route group) is mapped:
/// <c>.RequireAuthorization(AccessPolicies.Reader)</c> for graph data, <c>.AllowAnonymous()</c> for what holds none (health,
/// the GraphiQL page). An endpoint that says neither gets <see cref="Reader"/> as well (the fallback policy), so a new endpoint
/// is closed until it is opened on purpose. What a role may do inside <c>/graphql</c> (each mutation field needs the role it
/// declares) is decided once the document is parsed, by <see cref="RoleAuthorizationRule"/>.</summary>
internal static class AccessPolicies
{
    /// <summary>An authenticated caller — API key, JWT, or the anonymous caller when <see cref="AuthOptions.AllowAnonymous"/>
    /// is on — whose role grants reading.</summary>
    public const string Reader = ApiKeyRole.Reader;

    public static void Configure(AuthorizationOptions authorization)
    {
        var reader = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(context => CallerClaims.Grants(context.User, ApiKeyRole.Reader))
            .Build();
        authorization.AddPolicy(Reader, reader);
        authorization.DefaultPolicy = reader;
        authorization.FallbackPolicy = reader;
    }

    /// <summary>True when the request's endpoint is open to anyone (<c>AllowAnonymous</c>): nothing there is rate limited.</summary>
    public static bool IsOpen(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
