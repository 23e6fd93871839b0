using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>enum RelationTypeName</c>: the ontology's entity–entity relation types.</summary>
internal sealed class RelationTypeNameType : EnumerationGraphType
{
    public RelationTypeNameType(OntologyModel ontology)
    {
        Name = GraphQLNames.RelationTypeName;
        Description = "Types of entity–entity relation, as declared in the ontology.";
        foreach (var type in ontology.RelationTypes)
            Add(type.Name, type.Name, type.Description + (type.Symmetric ? " (symmetric)" : ""));
    }
}
