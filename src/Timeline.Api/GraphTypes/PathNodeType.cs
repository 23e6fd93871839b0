using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type PathNode</c>: an entity or event on a path.</summary>
internal sealed class PathNodeType : ShapedObjectType
{
    public PathNodeType()
        : base("PathNode", "An entity or event on a path.")
    {
        Field("id", TypeRefs.NonNull(new IdGraphType())).Description("The node's id.").Property("id");
        Field("name", TypeRefs.NonNull(new StringGraphType())).Description("An entity's name or an event's title.")
            .Compiles(new ExpressionCompiler(v => $"coalesce({v}.name, {v}.title, {v}.id)"));
        Field("kind", TypeRefs.NonNull(new StringGraphType())).Description("The entity's kind, or Event.")
            .Compiles(new ExpressionCompiler(v => $"CASE WHEN {v}:Event THEN 'Event' ELSE {v}.kind END"));
        Field("entity", TypeRefs.Named("Entity")).Description("The entity, when the node is one.").Compiles(new GuardedNodeCompiler("Entity"));
        Field("event", TypeRefs.Named("Event")).Description("The event, when the node is one.").Compiles(new GuardedNodeCompiler("Event"));
    }
}
