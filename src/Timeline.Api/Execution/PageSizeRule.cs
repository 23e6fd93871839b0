using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Timeline.Api.Hosting;

namespace Timeline.Api.Execution;

/// <summary>Rejects any <c>first</c> argument above the page size cap (or negative) as BAD_USER_INPUT, during validation —
/// before the complexity analyzer would call the same query merely "too complex".</summary>
internal sealed class PageSizeRule(IOptions<GraphQLLimitsOptions> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var max = limits.Value.MaxPageSize;
        if (context.ArgumentValues is { } fields)
        {
            foreach (var (field, arguments) in fields)
            {
                if (arguments.TryGetValue("first", out var value) && value.Value is int first && (first < 0 || first > max))
                {
                    context.ReportError(new CodedValidationError(ErrorCodes.BadUserInput,
                        $"'first' on field '{field.Name.StringValue}' must be between 0 and {max}; got {first}."));
                }
            }
        }
        return default;
    }
}
