using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>input ParticipantInput</c>.</summary>
internal sealed class ParticipantInputType : InputObjectGraphType<object>
{
    public ParticipantInputType()
    {
        Name = GraphQLNames.ParticipantInput;
        Description = "An entity's part in an event.";
        Field("entity", new IdGraphType()).Description("Id of the entity (in this document or already in the graph).");
        Field("role", new StringGraphType()).Description("Role from the ontology.");
    }
}
