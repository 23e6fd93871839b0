using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type DateClaim</c>.</summary>
internal sealed class DateClaimType : ShapedObjectType
{
    public DateClaimType()
        : base(GraphQLNames.DateClaim, "What one source says the date is, with the passage that says it.")
    {
        Field("date", TypeRefs.Named(GraphQLNames.PartialDate)).Description("The source's date, to its own precision (null when it gives none).").FromScope();
        Field("source", TypeRefs.NonNull(GraphQLNames.Source)).Description("The source.").FromScope();
        Field("excerpt", new StringGraphType()).Description("The passage of the source that supports it.").FromScope();
    }
}
