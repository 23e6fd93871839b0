using GraphQL.Validation;
using GraphQLParser.AST;
using Timeline.Api.Execution;
using Timeline.Core.Security;

namespace Timeline.Api.Security;

/// <summary>Refuses a mutation (<c>ingestDocument</c>) unless the caller's role is <c>writer</c>: a validation error with code
/// <c>FORBIDDEN</c> (HTTP 403), so nothing runs. Queries need <c>reader</c>, which every admitted caller has. A request
/// without a caller (no HTTP context) may not write either.</summary>
internal sealed class RoleAuthorizationRule : ValidationRuleBase
{
    public static readonly RoleAuthorizationRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation && !CallerClaims.MayIngest(context.User))
        {
            // Nothing was attempted, so there is no ingest audit record; the refusal is logged with the caller's actor.
            context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Timeline.Api.Security")
                .LogWarning("Refused a mutation from {Actor} (role {Role}): ingesting needs role writer",
                    CallerClaims.ActorOf(context.User), CallerClaims.RoleOf(context.User) ?? "none");
            context.ReportError(new CodedValidationError(SecurityErrorCodes.Forbidden,
                $"Role '{CallerClaims.RoleOf(context.User) ?? "none"}' may not run mutations; ingesting needs role '{ApiKeyRole.Writer}'."));
        }
        return default;
    }
}
