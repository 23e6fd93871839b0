using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>enum EntityKind</c>: the ontology's entity kinds.</summary>
internal sealed class EntityKindType : EnumerationGraphType
{
    public EntityKindType(OntologyModel ontology)
    {
        Name = GraphQLNames.EntityKind;
        Description = "Kinds of entity, as declared in the ontology. A kind includes its subkinds when used as a filter.";
        foreach (var kind in ontology.Kinds)
            Add(kind.Name, kind.Name, kind.Description);
    }
}
