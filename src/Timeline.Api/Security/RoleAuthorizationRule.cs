using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Timeline.Api.Execution;
using Timeline.Core.Security;

namespace Timeline.Api.Security;

/// <summary>Refuses a mutation unless the caller's role grants the role each of its root fields declares with
/// <see cref="FieldRoles.RequiresRole"/> (<c>ingestDocument</c> needs <c>writer</c>): a validation error with code
/// <c>FORBIDDEN</c> (HTTP 403) per refused field, so nothing runs. A mutation field that declares no role is refused to
/// everyone. Queries need <c>reader</c>, which every admitted caller has. A request without a caller (no HTTP context) holds
/// no role and may run no mutation field.</summary>
internal sealed class RoleAuthorizationRule : ValidationRuleBase
{
    public static readonly RoleAuthorizationRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Mutation || context.Schema.Mutation is not { } mutation)
            return default;
        var held = CallerClaims.RoleOf(context.User);
        foreach (var name in RootFieldNames(context, context.Operation.SelectionSet, []).Distinct(StringComparer.Ordinal))
        {
            // A field the schema does not have is reported by the core rules; __typename asks nothing of the graph.
            if (name == "__typename" || mutation.GetField(name) is not { } field)
                continue;
            var needed = field.RequiredRole();
            if (needed is not null && CallerClaims.Grants(context.User, needed))
                continue;
            // Nothing was attempted, so there is no audit record; the refusal is logged with the caller's actor.
            context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Timeline.Api.Security")
                .LogWarning("Refused a mutation from {Actor} (role {Role}): {Field} needs role {Needed}",
                    CallerClaims.ActorOf(context.User), held ?? "none", name, needed ?? "none declared");
            context.ReportError(new CodedValidationError(SecurityErrorCodes.Forbidden, needed is null
                ? $"Role '{held ?? "none"}' may not run '{name}'; it declares no required role, so no role may run it."
                : $"Role '{held ?? "none"}' may not run '{name}'; it needs role '{needed}'."));
        }
        return default;
    }

    // The fields the operation selects on the mutation type, through inline fragments and fragment spreads (each fragment
    // once, so a cycle — reported by the core rules — cannot loop here). @skip and @include are not evaluated: a field a
    // caller may not run is refused even when it would be skipped.
    private static IEnumerable<string> RootFieldNames(ValidationContext context, GraphQLSelectionSet selections,
        HashSet<string> fragments)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field.Name.StringValue;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var name in RootFieldNames(context, inline.SelectionSet, fragments))
                        yield return name;
                    break;
                case GraphQLFragmentSpread spread when fragments.Add(spread.FragmentName.Name.StringValue):
                    if (context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } definition)
                    {
                        foreach (var name in RootFieldNames(context, definition.SelectionSet, fragments))
                            yield return name;
                    }
                    break;
            }
        }
    }
}
