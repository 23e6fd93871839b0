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
            context.ReportError(new CodedValidationError(SecurityErrorCodes.Forbidden,
                $"Role '{CallerClaims.RoleOf(context.User) ?? "none"}' may not run mutations; ingesting needs role '{ApiKeyRole.Writer}'."));
        }
        return default;
    }
}
