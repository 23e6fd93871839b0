using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type XConnection</c> (Relay): a page of a list.</summary>
internal sealed class ConnectionType : ShapedObjectType
{
    public ConnectionType(string prefix, string nodeType, string what)
        : base(GraphQLNames.Connection(prefix), $"A page of {what}.")
    {
        Field("edges", TypeRefs.ListOf(GraphQLNames.Edge(prefix))).Description("The items of the page with their cursors.").Resolve(ShapedFieldResolver.Instance);
        Field("nodes", TypeRefs.ListOf(nodeType)).Description("The items of the page (without cursors).").Resolve(ShapedFieldResolver.Instance);
        Field("totalCount", TypeRefs.NonNull(new IntGraphType())).Description("How many items the whole list holds (every page, the same filters); counted in the same query, only when selected.").Resolve(ShapedFieldResolver.Instance);
        Field("pageInfo", TypeRefs.NonNull(GraphQLNames.PageInfo)).Description("Whether more items follow, and the cursor to continue from.").Resolve(ShapedFieldResolver.Instance);
    }
}
