using GraphQL.Types;
using Timeline.Primitives;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>enum DatePrecision</c>: the one <see cref="Primitives.DatePrecision"/>, by its stored names (the values the shaped
/// results carry).</summary>
internal sealed class DatePrecisionType : EnumerationGraphType
{
    public DatePrecisionType()
    {
        Name = GraphQLNames.DatePrecision;
        Description = "How precisely a date is known.";
        foreach (var precision in DatePrecisions.All)
            Add(precision.Name(), precision.Name(), precision.Description());
    }
}
