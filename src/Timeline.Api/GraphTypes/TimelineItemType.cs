using GraphQL.Types;

namespace Timeline.Api.GraphTypes;

/// <summary><c>union TimelineItem = Event | Statement</c>.</summary>
internal sealed class TimelineItemType : UnionGraphType
{
    public TimelineItemType()
    {
        Name = "TimelineItem";
        Description = "An entry of a timeline: an event or a statement.";
        AddPossibleType(new GraphQLTypeReference("Event"));
        AddPossibleType(new GraphQLTypeReference("Statement"));
    }
}
