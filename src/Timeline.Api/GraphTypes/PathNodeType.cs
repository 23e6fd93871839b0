using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Core.Ontology;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type PathNode</c>: an entity or event on a path.</summary>
internal sealed class PathNodeType : ShapedObjectType
{
    public PathNodeType()
        : base(GraphQLNames.PathNode, "An entity or event on a path.")
    {
        Field("id", TypeRefs.NonNull(new IdGraphType())).Description("The node's id.").Property(GraphProperties.Id);
        Field("name", TypeRefs.NonNull(new StringGraphType())).Description("An entity's name or an event's title.")
            .Compiles(new NodeValueCompiler(v => new CoalesceValue(
                new PropertyValue(v, GraphProperties.Name), new PropertyValue(v, GraphProperties.Title), new PropertyValue(v, GraphProperties.Id))));
        Field("kind", TypeRefs.NonNull(new StringGraphType())).Description("The entity's kind, or Event.")
            .Compiles(new NodeValueCompiler(v => new NodeKindValue(v, [GraphLabels.Event], entitiesPossible: true)));
        Field("entity", TypeRefs.Named(GraphQLNames.Entity)).Description("The entity, when the node is one.").Compiles(new GuardedNodeCompiler(GraphLabels.Entity));
        Field("event", TypeRefs.Named(GraphQLNames.Event)).Description("The event, when the node is one.").Compiles(new GuardedNodeCompiler(GraphLabels.Event));
    }
}
