using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Claim</c>.</summary>
internal sealed class ClaimType : ShapedObjectType
{
    public ClaimType()
        : base(GraphQLNames.Claim, "Everything one source says of an event or a statement, whatever the answer shows: its own title, type, status, " +
            "description, date and properties (a statement's text, verbatim flag and date), with the passage that says it.")
    {
        Field("source", TypeRefs.NonNull(GraphQLNames.Source)).Description("The source.").FromScope();
        Field("excerpt", new StringGraphType()).Description("The passage of the source that supports it.").FromScope();
        Field("values", TypeRefs.NonNull(GraphQLNames.Json))
            .Description("The source's values by the ingest document's field names (a date as its PartialDate text); a value the source does not give is absent.")
            .FromScope();
    }
}
