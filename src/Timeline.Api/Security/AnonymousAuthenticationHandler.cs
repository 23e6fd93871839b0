using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Timeline.Api.Security;

/// <summary>The caller who presents no credential, when <see cref="AuthOptions.AllowAnonymous"/> is on (the scheme is chosen
/// only then): role <see cref="AuthOptions.AnonymousRole"/>, audit actor <c>anonymous</c>. A presented credential never
/// comes here: a wrong one is refused, not downgraded.</summary>
internal sealed class AnonymousAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptionsMonitor<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Anonymous";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var principal = CallerClaims.Principal(SchemeName, CallerClaims.AnonymousActor, auth.CurrentValue.AnonymousRole);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
