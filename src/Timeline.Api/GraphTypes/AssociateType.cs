using GraphQL;
using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Associate</c>.</summary>
internal sealed class AssociateType : ShapedObjectType
{
    public AssociateType()
        : base(GraphQLNames.Associate, "An entity that appears with another in events or statements, with what they share.")
    {
        Field("entity", TypeRefs.NonNull(GraphQLNames.Entity)).Description("The other entity.").FromScope();
        Field("sharedEvents", TypeRefs.NonNull(new IntGraphType())).Description("Events in which both took part.").FromScope();
        Field("sharedStatements", TypeRefs.NonNull(new IntGraphType()))
            .Description("Statements that involve both, each as speaker or subject (either way round, or both subjects).").FromScope();
        Field("total", TypeRefs.NonNull(new IntGraphType())).Description("sharedEvents + sharedStatements.").FromScope();
        Field("first", TypeRefs.Named(GraphQLNames.PartialDate))
            .Description("The date of the first dated shared item in timeline order (earliest, latest, id); null when none is dated.").FromScope();
        Field("last", TypeRefs.Named(GraphQLNames.PartialDate)).Description("The date of the last dated shared item in timeline order.").FromScope();
        Field("sample", TypeRefs.ListOf(GraphQLNames.TimelineItem))
            .Description("Up to three shared items, in timeline order (undated last).")
            .WithComplexityImpact(1, 3)
            .FromScope();
    }
}
