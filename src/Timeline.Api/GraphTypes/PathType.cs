using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Path</c>.</summary>
internal sealed class PathType : ShapedObjectType
{
    public PathType()
        : base(GraphQLNames.Path, "A shortest chain of relations and event participations between two nodes.")
    {
        Field("length", TypeRefs.NonNull(new IntGraphType())).Description("Number of steps.").FromScope();
        Field("nodes", TypeRefs.ListOf(GraphQLNames.PathNode)).Description("The nodes along the path, from start to end.").FromScope();
        Field("steps", TypeRefs.ListOf(GraphQLNames.PathStep)).Description("The relationships along the path, in order.").FromScope();
    }
}
