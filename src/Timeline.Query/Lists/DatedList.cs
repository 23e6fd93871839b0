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
    private readonly List<FilterNode> _distinct = [];

    /// <summary>The items linked to <paramref name="owner"/> by <paramref name="link"/>.</summary>
    /// <param name="owner">The node the list hangs from.</param>
    /// <param name="link">How the items hang from it.</param>
    /// <param name="window">Items overlapping this window.</param>
    /// <param name="eventTypes">Only events of these (checked) types; null: all.</param>
    /// <param name="role">Only items where the owner took part in this (checked) role; null: any.</param>
    public DatedList(CypherVariable owner, DatedLink link, DateWindow window, IReadOnlyList<string>? eventTypes = null, string? role = null)
    {
        Item = new CypherVariable(link.ItemLabel == GraphLabels.Event ? "event" : "statement");
        Sort = SortKeys.Chronological(Item);
        var relationship = new CypherVariable("rel");
        if (!window.IsOpen)
            _filters.Add(new DateOverlapFilter(Item, window, DateLayout.EventDate));
        if (eventTypes is not null)
            _filters.Add(TypeFilter.OfEvents(Item, eventTypes));
        if (role is not null)
            _filters.Add(new ValueInFilter(relationship, GraphProperties.Role, [role], "role"));
        var bindsEdge = role is not null || link.Repeats;
        _pattern = new GraphPattern(owner,
            new PatternStep(bindsEdge ? relationship : null, [link.RelationshipType], link.Direction, Item, [link.ItemLabel]));
        if (role is null && link.Repeats)
        {
            // Counting: one match per item — the edge of the smallest role (the page's sort drops the other matches itself).
            _distinct.Add(new ExpressionFilter(b =>
            {
                var other = new CypherVariable("otherRole");
                var edges = new GraphPattern(owner, new PatternStep(other, [link.RelationshipType], link.Direction, Item, [])).Write(b);
                var role = CypherNames.Property(GraphProperties.Role);
                var r = b.Name(new CypherVariable("role"));
                return $"NOT any({r} IN [{edges} | {b.Name(other)}.{role}] WHERE {r} < {b.Name(relationship)}.{role})";
            }));
        }
    }

    /// <summary>The variable of each event or statement.</summary>
    public CypherVariable Item { get; }

    /// <summary>The order of the items (also a connection's cursor).</summary>
    public IReadOnlyList<SortKey> Sort { get; }

    /// <summary>The whole list, each item projected as <paramref name="element"/>.</summary>
    public ListQuery Project(ProjectionNode element) =>
        new(new PatternListSource(_pattern), _filters, element, Sort, null);

    /// <summary>One page of the list (a nested connection), each item projected as <paramref name="element"/>.</summary>
    public ListQuery Project(ProjectionNode element, Paging.Page page) =>
        ListQuery.Paged(new PatternListSource(_pattern), _filters, element, Sort, page);

    /// <summary>How many items the whole list holds (<paramref name="page"/>'s cursor and cut aside), counting an item once
    /// however many edges lead to it.</summary>
    public ValueNode Count(ListQuery page) => page.Count(_distinct);
}
