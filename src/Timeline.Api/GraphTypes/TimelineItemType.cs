using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>union TimelineItem = Event | Statement</c>.</summary>
internal sealed class TimelineItemType : UnionGraphType
{
    public TimelineItemType()
    {
        Name = GraphQLNames.TimelineItem;
        Description = "An entry of a timeline: an event or a statement.";
        AddPossibleType(new GraphQLTypeReference(GraphQLNames.Event));
        AddPossibleType(new GraphQLTypeReference(GraphQLNames.Statement));
    }
}
