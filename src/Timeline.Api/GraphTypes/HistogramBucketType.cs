using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type HistogramBucket</c>.</summary>
internal sealed class HistogramBucketType : ShapedObjectType
{
    public HistogramBucketType()
        : base(GraphQLNames.HistogramBucket, "The items of one period of a timeline histogram, counted honestly about their precision.")
    {
        Field("period", TypeRefs.NonNull(new StringGraphType())).Description("The period: \"2026\", \"2026-01\" or \"2026-01-03\".").FromScope();
        Field("events", TypeRefs.NonNull(new IntGraphType())).Description("Events whose whole date (earliest to latest) lies in this period.").FromScope();
        Field("statements", TypeRefs.NonNull(new IntGraphType())).Description("Statements whose whole date lies in this period.").FromScope();
        Field("imprecise", TypeRefs.NonNull(new IntGraphType()))
            .Description("Events and statements whose date spans this period and others (e.g. known only to the month, in a DAY histogram): each counts once in every period it overlaps.")
            .FromScope();
    }
}
