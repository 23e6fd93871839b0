using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type PathNode</c>: an entity or event on a path.</summary>
internal sealed class PathNodeType : ShapedObjectType
{
    public PathNodeType()
        : base("PathNode", "An entity or event on a path.")
    {
        Field("id", TypeRefs.NonNull(new IdGraphType())).Description("The node's id.").Property("id");
        Field("name", TypeRefs.NonNull(new StringGraphType())).Description("An entity's name or an event's title.")
            .Compiles(new NodeValueCompiler(v => new CoalesceValue(
                new PropertyValue(v, StoredGraph.Name), new PropertyValue(v, StoredGraph.Title), new PropertyValue(v, StoredGraph.Id))));
        Field("kind", TypeRefs.NonNull(new StringGraphType())).Description("The entity's kind, or Event.")
            .Compiles(new NodeValueCompiler(v => new NodeKindValue(v, [StoredGraph.Event], entitiesPossible: true)));
        Field("entity", TypeRefs.Named("Entity")).Description("The entity, when the node is one.").Compiles(new GuardedNodeCompiler(StoredGraph.Entity));
        Field("event", TypeRefs.Named("Event")).Description("The event, when the node is one.").Compiles(new GuardedNodeCompiler(StoredGraph.Event));
    }
}
