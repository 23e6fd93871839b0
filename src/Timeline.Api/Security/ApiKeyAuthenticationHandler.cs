using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Timeline.Core.Security;
using Timeline.Neo4j;

namespace Timeline.Api.Security;

/// <summary>Authenticates an API key sent as <c>X-Api-Key: tlk_…</c> (or <c>Authorization: Bearer tlk_…</c>). No key: no
/// result (the endpoint's access policy then refuses the caller). Neo4j unreachable: the request is marked so that the
/// refusal is 503 rather than 401 (<see cref="AccessDeniedResponses"/>). Never logs the key, only its id.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    /// <summary>HttpContext.Items key set when the key could not be checked because Neo4j did not answer.</summary>
    public const string StoreUnavailable = "Timeline.ApiKeyStoreUnavailable";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = PresentedKey(Request);
        if (key is null)
            return AuthenticateResult.NoResult();
        ApiKeyInfo? info;
        try
        {
            info = await validator.VerifyAsync(key, Context.RequestAborted);
        }
        catch (Neo4jException e)
        {
            Context.Items[StoreUnavailable] = true;
            Logger.LogWarning("API key {KeyId} could not be checked: {Reason}", ApiKeyFormat.IdOf(key) ?? "(malformed)", e.Message);
            return AuthenticateResult.Fail("The key store is unavailable.");
        }
        if (info is null)
        {
            Logger.LogInformation("Refused API key {KeyId}: unknown, revoked or wrong secret", ApiKeyFormat.IdOf(key) ?? "(malformed)");
            return AuthenticateResult.Fail("Invalid or revoked API key.");
        }
        var principal = CallerClaims.Principal(SchemeName, "key:" + info.Id, info.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>The key in the request, if any.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(Header, out var header) && header.Count > 0 && !string.IsNullOrWhiteSpace(header[0]))
            return header[0]!.Trim();
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer " + ApiKeyFormat.Prefix, StringComparison.Ordinal))
            return authorization["Bearer ".Length..].Trim();
        return null;
    }
}
