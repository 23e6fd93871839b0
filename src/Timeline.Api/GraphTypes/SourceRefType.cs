using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type SourceRef</c>: provenance of one fact.</summary>
internal sealed class SourceRefType : ShapedObjectType
{
    public SourceRefType()
        : base(GraphQLNames.SourceRef, "A source that reports a fact, with the supporting excerpt when there is one.")
    {
        Field("source", TypeRefs.NonNull(GraphQLNames.Source)).Description("The reporting source.").FromScope();
        Field("excerpt", new StringGraphType()).Description("The passage of the source that supports the fact.").FromScope();
    }
}
