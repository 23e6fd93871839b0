using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Participant</c>.</summary>
internal sealed class ParticipantType : ShapedObjectType
{
    public ParticipantType(OntologyModel ontology)
        : base(GraphQLNames.Participant, "An entity's part in an event.")
    {
        Field("role", TypeRefs.NonNull(new StringGraphType()))
            .Description("Role from the ontology: " + string.Join(", ", ontology.Roles.Select(r => $"{r.Name} ({r.Description.TrimEnd('.')})")) + ".")
            .FromScope();
        Field("entity", TypeRefs.NonNull(GraphQLNames.Entity)).Description("The participating entity.").FromScope();
    }
}
