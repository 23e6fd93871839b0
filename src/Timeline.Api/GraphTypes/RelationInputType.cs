using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>input RelationInput</c>.</summary>
internal sealed class RelationInputType : InputObjectGraphType<object>
{
    public RelationInputType()
    {
        Name = GraphQLNames.RelationInput;
        Description = "An entity–entity relation the document reports.";
        Field("type", new StringGraphType()).Description("Relation type from the ontology.");
        Field("from", new IdGraphType()).Description("Id of the subject entity.");
        Field("to", new IdGraphType()).Description("Id of the object entity.");
        Field("properties", TypeRefs.Named(GraphQLNames.Json)).Description("The relation type's declared properties.");
        Field("validFrom", TypeRefs.Named(GraphQLNames.DateInput)).Description("Since when it holds.");
        Field("validTo", TypeRefs.Named(GraphQLNames.DateInput)).Description("Until when it held.");
        Field("excerpt", new StringGraphType()).Description("Supporting passage of the source.");
    }
}
