using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Timeline.Core.Curation;
using Timeline.Core.Ontology;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type ChangeConnection</c>: one page of a history.</summary>
internal sealed class ChangeConnectionType : ObjectGraphType<ChangePage>
{
    public ChangeConnectionType()
    {
        Name = GraphQLNames.ChangeConnection;
        Description = "One page of changes, oldest first.";
        Field("nodes", TypeRefs.ListOf(GraphQLNames.Change)).Description("The changes of this page.").Resolve(c => c.Source.Changes);
        Field("pageInfo", TypeRefs.NonNull(GraphQLNames.PageInfo)).Description("Where this page stands.").Resolve(PageInfo);
        Field("totalCount", TypeRefs.NonNull(new IntGraphType())).Description("How many changes the whole history holds.").Resolve(c => c.Source.TotalCount);
    }

    // PageInfo's fields read a shaped value by response key, as the translator writes it.
    private static object PageInfo(IResolveFieldContext<ChangePage> context)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["hasNextPage"] = context.Source.HasNextPage,
            ["hasPreviousPage"] = context.Source.HasPreviousPage,
            ["startCursor"] = context.Source.StartCursor,
            ["endCursor"] = context.Source.EndCursor,
        };
        var shaped = new ShapedObject(GraphQLNames.PageInfo);
        foreach (var field in context.FieldAst.SelectionSet?.Selections.OfType<GraphQLField>() ?? [])
            shaped[(field.Alias?.Name ?? field.Name).StringValue] = values.GetValueOrDefault(field.Name.StringValue);
        return shaped;
    }
}
