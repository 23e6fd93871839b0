using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>union Subject</c>: what a statement can be about.</summary>
internal sealed class SubjectType : UnionGraphType
{
    public SubjectType(OntologyModel ontology)
    {
        Name = GraphQLNames.Subject;
        Description = "What a statement is about: an entity (any kind), an event or another statement.";
        foreach (var kind in ontology.Kinds)
            AddPossibleType(new GraphQLTypeReference(kind.Name));
        AddPossibleType(new GraphQLTypeReference(GraphQLNames.Event));
        AddPossibleType(new GraphQLTypeReference(GraphQLNames.Statement));
    }
}
