using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Retraction</c>.</summary>
internal sealed class RetractionType : ShapedObjectType
{
    public RetractionType()
        : base(GraphQLNames.Retraction, "A source's retraction: its support was taken from every fact; the source itself stays so history can show it.")
    {
        Field("at", TypeRefs.NonNull(new StringGraphType())).Description("When, in UTC (ISO-8601).").FromScope();
        Field("actor", TypeRefs.NonNull(new StringGraphType())).Description("Who retracted it.").FromScope();
        Field("reason", TypeRefs.NonNull(new StringGraphType())).Description("Why, as the curator said it.").FromScope();
    }
}
