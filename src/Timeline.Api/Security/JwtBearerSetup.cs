using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Timeline.Core.Security;

namespace Timeline.Api.Security;

/// <summary>ASP.NET Core's JwtBearer configured from <see cref="JwtOptions"/>: a symmetric key or an OpenID Connect authority,
/// issuer and audience when set, expiry required; a validated token becomes a caller with the one role vocabulary of this
/// API (the highest known role among its role claims) and the actor <c>jwt:&lt;sub&gt;</c>.</summary>
internal static class JwtBearerSetup
{
    public static void Configure(JwtBearerOptions bearer, IOptions<AuthOptions> auth)
    {
        var jwt = auth.Value.Jwt;
        bearer.MapInboundClaims = false;
        if (!string.IsNullOrEmpty(jwt.Authority))
            bearer.Authority = jwt.Authority;
        var signingKey = jwt.ReadSigningKey();
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
