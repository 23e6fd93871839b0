using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>enum Direction</c>.</summary>
internal sealed class DirectionType : EnumerationGraphType
{
    public DirectionType()
    {
        Name = GraphQLNames.Direction;
        Description = "Direction of a relation as seen from the entity it is read from. Symmetric relations match either way and read as BOTH.";
        Add("OUTGOING", "OUTGOING", "The entity is the relation's subject (from).");
        Add("INCOMING", "INCOMING", "The entity is the relation's object (to).");
        Add("BOTH", "BOTH", "Either way.");
    }
}
