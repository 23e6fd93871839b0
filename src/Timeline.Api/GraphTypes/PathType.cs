using GraphQL.Types;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Path</c>.</summary>
internal sealed class PathType : ShapedObjectType
{
    public PathType()
        : base("Path", "A shortest chain of relations and event participations between two nodes.")
    {
        Field("length", TypeRefs.NonNull(new IntGraphType())).Description("Number of steps.").FromScope();
        Field("nodes", TypeRefs.ListOf("PathNode")).Description("The nodes along the path, from start to end.").FromScope();
        Field("steps", TypeRefs.ListOf("PathStep")).Description("The relationships along the path, in order.").FromScope();
    }
}
