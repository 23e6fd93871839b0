using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

/// <summary>An event's participants (entity and role), optionally of one (checked) role, ordered by (role, entity id).</summary>
public sealed class ParticipantsList(CypherVariable @event, string? role = null)
{
    /// <summary>The PARTICIPANT relationship (its <c>role</c>).</summary>
    public CypherVariable Participation { get; } = new("part");

    /// <summary>The participating entity.</summary>
    public CypherVariable Entity { get; } = new("participant");

    /// <summary>The list, each participation projected as <paramref name="element"/>; <paramref name="sorted"/> false leaves
    /// the order to the reader (an export that sorts anyway).</summary>
    public ListQuery Project(ValueNode element, bool sorted = true)
    {
        IReadOnlyList<FilterNode> filters = role is null ? [] : [new ValueInFilter(Participation, GraphProperties.Role, [role], "role")];
        IReadOnlyList<SortKey> sort = sorted
            ? [new("__s0", new PropertyValue(Participation, GraphProperties.Role, "''")), new("__s1", new PropertyValue(Entity, GraphProperties.Id))]
            : [];
        return new ListQuery(new PatternListSource(new GraphPattern(@event, Links.Participants(Participation, Entity))), filters, element, sort, null);
    }
}
