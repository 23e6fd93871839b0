using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

/// <summary>A chronological list of events or statements one hop away from a node (an entity's events, what it said,
/// statements about it or about an event, a source's reports), with the optional window, event types and participant role.</summary>
public sealed class DatedList
{
    private readonly GraphPattern _pattern;
    private readonly List<FilterNode> _filters = [];

    /// <summary>The items linked to <paramref name="owner"/> by <paramref name="link"/>.</summary>
    /// <param name="owner">The node the list hangs from.</param>
    /// <param name="link">How the items hang from it.</param>
    /// <param name="window">Items overlapping this window.</param>
    /// <param name="eventTypes">Only events of these (checked) types; null: all.</param>
    /// <param name="role">Only items where the owner took part in this (checked) role; null: any.</param>
    public DatedList(CypherVariable owner, DatedLink link, DateWindow window, IReadOnlyList<string>? eventTypes = null, string? role = null)
    {
        Item = new CypherVariable(link.ItemLabel == GraphLabels.Event ? "event" : "statement");
        var relationship = new CypherVariable("rel");
        if (!window.IsOpen)
            _filters.Add(new DateOverlapFilter(Item, window, DateLayout.EventDate));
        if (eventTypes is not null)
            _filters.Add(TypeFilter.OfEvents(Item, eventTypes));
        if (role is not null)
            _filters.Add(new ValueInFilter(relationship, GraphProperties.Role, [role], "role"));
        _pattern = new GraphPattern(owner,
            new PatternStep(role is not null ? relationship : null, [link.RelationshipType], link.Direction, Item, [link.ItemLabel]));
    }

    /// <summary>The variable of each event or statement.</summary>
    public CypherVariable Item { get; }

    /// <summary>The list, each item projected as <paramref name="element"/>.</summary>
    public ListQuery Project(ProjectionNode element) =>
        new(new PatternListSource(_pattern), _filters, element, SortKeys.Chronological(Item), null);
}
