using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Timeline.Api.Hosting;

namespace Timeline.Api.Execution;

/// <summary>Rejects documents with more aliases than allowed (alias floods multiply work without deepening the query).</summary>
internal sealed class AliasLimitRule(IOptions<GraphQLLimitsOptions> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = limits.Value.MaxAliases;
        var count = CountAliases(context.Document);
        if (count > max)
            context.ReportError(new CodedValidationError(ErrorCodes.QueryTooComplex, $"The document uses {count} aliases; at most {max} are allowed."));
        return default;
    }

    public static int CountAliases(GraphQLDocument document)
    {
        var count = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation)
                pending.Push(operation.SelectionSet);
            else if (definition is GraphQLFragmentDefinition fragment)
                pending.Push(fragment.SelectionSet);
        }
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        if (field.Alias is not null)
                            count++;
                        if (field.SelectionSet is not null)
                            pending.Push(field.SelectionSet);
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        return count;
    }
}
