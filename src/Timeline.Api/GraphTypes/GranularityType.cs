using GraphQL.Types;
using Timeline.Core.Ontology;
using Timeline.Primitives;

namespace Timeline.Api.GraphTypes;

/// <summary><c>enum Granularity</c>: the period of a histogram's buckets, by the names of the <see cref="DatePrecision"/> it is.</summary>
internal sealed class GranularityType : EnumerationGraphType
{
    public GranularityType()
    {
        Name = GraphQLNames.Granularity;
        Description = "The period of a histogram's buckets.";
        Add(DatePrecision.Year.Name(), DatePrecision.Year.Name(), "A year: buckets \"2026\".");
        Add(DatePrecision.Month.Name(), DatePrecision.Month.Name(), "A month: buckets \"2026-01\".");
        Add(DatePrecision.Day.Name(), DatePrecision.Day.Name(), "A day (UTC): buckets \"2026-01-03\".");
    }
}
