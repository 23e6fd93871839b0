using System.Security.Claims;
using Timeline.Core.Security;

namespace Timeline.Api.Security;

/// <summary>The two claims every authenticated caller carries, whatever proved who it is: its role and its audit actor
/// (<c>key:&lt;id&gt;</c> for an API key, <c>jwt:&lt;sub&gt;</c> for a token, <c>anonymous</c> when allowed).</summary>
internal static class CallerClaims
{
    public const string Role = "timeline:role";
    public const string Actor = "timeline:actor";

    /// <summary>The actor of callers without a credential (when anonymous access is on).</summary>
    public const string AnonymousActor = "anonymous";

    public static string? RoleOf(ClaimsPrincipal? user) => user?.FindFirst(Role)?.Value;

    public static string ActorOf(ClaimsPrincipal? user) => user?.FindFirst(Actor)?.Value ?? "unknown";

    /// <summary>True for a caller that proved who it is (a key or a token): not anonymous, not refused.</summary>
    public static bool IsIdentified(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && ActorOf(user) != AnonymousActor;

    /// <summary>True when the caller's role grants <paramref name="required"/> (an editor is also a writer and a reader).</summary>
    public static bool Grants(ClaimsPrincipal? user, string required) => ApiKeyRole.Grants(RoleOf(user), required);

    public static ClaimsPrincipal Principal(string authenticationType, string actor, string role) =>
        new(new ClaimsIdentity([new Claim(Actor, actor), new Claim(Role, role)], authenticationType, Actor, Role));
}
