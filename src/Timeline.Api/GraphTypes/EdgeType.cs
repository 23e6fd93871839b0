using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type XEdge</c> (Relay): an item and its cursor.</summary>
internal sealed class EdgeType : ShapedObjectType
{
    public EdgeType(string prefix, string nodeType)
        : base(GraphQLNames.Edge(prefix), "An item of a page and its cursor.")
    {
        Field("cursor", TypeRefs.NonNull(new StringGraphType())).Description("Opaque position of this item (base64 of its sort key).").Resolve(ShapedFieldResolver.Instance);
        Field("node", TypeRefs.NonNull(nodeType)).Description("The item.").Resolve(ShapedFieldResolver.Instance);
    }
}
