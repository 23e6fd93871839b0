using GraphQL.Types;
using Timeline.Core.Ontology;
using F = Timeline.Core.Ontology.GraphQLNames.PartialDateFields;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type PartialDate</c>.</summary>
internal sealed class PartialDateType : ShapedObjectType
{
    public PartialDateType()
        : base(GraphQLNames.PartialDate, "A date known to some precision, with its inclusive UTC bounds.")
    {
        Field(F.Text, TypeRefs.NonNull(new StringGraphType())).Description("Canonical text: an ISO prefix (2019, 2025-12, 2026-01-09, 2026-01-09T14:30Z) or a range earliest/latest.").Resolve(ShapedFieldResolver.Instance);
        Field(F.Precision, TypeRefs.NonNull(GraphQLNames.DatePrecision)).Description("How precisely the date is known.").Resolve(ShapedFieldResolver.Instance);
        Field(F.Earliest, TypeRefs.NonNull(new StringGraphType())).Description("First instant the date covers (yyyy-MM-ddTHH:mm:ssZ).").Resolve(ShapedFieldResolver.Instance);
        Field(F.Latest, TypeRefs.NonNull(new StringGraphType())).Description("Last instant the date covers (yyyy-MM-ddTHH:mm:ssZ).").Resolve(ShapedFieldResolver.Instance);
    }
}
