using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type PathStep</c>.</summary>
internal sealed class PathStepType : ShapedObjectType
{
    public PathStepType()
        : base(GraphQLNames.PathStep, "One relationship of a path, in its stored direction.")
    {
        Field("type", TypeRefs.NonNull(new StringGraphType())).Description("Relationship type (a relation type or PARTICIPANT).").FromScope();
        Field("from", TypeRefs.NonNull(new IdGraphType())).Description("Id of the node it starts at.").FromScope();
        Field("to", TypeRefs.NonNull(new IdGraphType())).Description("Id of the node it ends at.").FromScope();
        Field("role", new StringGraphType()).Description("The participant's role, for PARTICIPANT steps.").FromScope();
    }
}
