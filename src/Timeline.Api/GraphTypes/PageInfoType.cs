using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type PageInfo</c> (Relay).</summary>
internal sealed class PageInfoType : ShapedObjectType
{
    public PageInfoType()
        : base(GraphQLNames.PageInfo, "Where a page stands in its list. Cursors are opaque keyset positions, not offsets.")
    {
        Field("hasNextPage", TypeRefs.NonNull(new BooleanGraphType())).Description("More items follow this page.").Resolve(ShapedFieldResolver.Instance);
        Field("hasPreviousPage", TypeRefs.NonNull(new BooleanGraphType())).Description("This page was requested after a cursor.").Resolve(ShapedFieldResolver.Instance);
        Field("startCursor", new StringGraphType()).Description("Cursor of the first item of the page.").Resolve(ShapedFieldResolver.Instance);
        Field("endCursor", new StringGraphType()).Description("Cursor of the last item of the page; pass it as 'after' for the next page.").Resolve(ShapedFieldResolver.Instance);
    }
}
