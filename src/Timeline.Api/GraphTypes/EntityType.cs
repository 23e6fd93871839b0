using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>interface Entity</c>: implemented by one object type per ontology kind.</summary>
internal sealed class EntityType : InterfaceGraphType<object>
{
    public EntityType(OntologyModel ontology)
    {
        Name = GraphQLNames.Entity;
        Description = "A person, organisation, country, place, vessel… (one object type per ontology kind).";
        EntityFields.AddTo(this, ontology);
    }
}
