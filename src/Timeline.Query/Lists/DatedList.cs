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
        Item = new CypherVariable(link.ItemLabel == StoredGraph.Event ? "event" : "statement");
        var relationship = new CypherVariable("rel");
        if (!window.IsOpen)
            _filters.Add(new DateOverlapFilter(Item, window, DateProperties.EventDate));
        if (eventTypes is not null)
            _filters.Add(TypeFilter.OfEvents(Item, eventTypes));
        if (role is not null)
            _filters.Add(new ValueInFilter(relationship, StoredGraph.Role, [role], "role"));
        _pattern = new GraphPattern(owner,
            new PatternStep(role is not null ? relationship : null, [link.RelationshipType], link.Direction, Item, [link.ItemLabel]));
    }

    /// <summary>The variable of each event or statement.</summary>
    public CypherVariable Item { get; }

    /// <summary>The list, each item projected as <paramref name="element"/>.</summary>
    public ListQuery Project(ProjectionNode element) =>
        new(new PatternListSource(_pattern), _filters, element, SortKeys.Chronological(Item), null);
}

/// <summary>How a dated list hangs from its owner: the relationship type, its direction seen from the owner, and the label
/// of the items.</summary>
public sealed record DatedLink(string RelationshipType, RelationshipDirection Direction, string ItemLabel)
{
    /// <summary>An entity's events.</summary>
    public static DatedLink EventsOfEntity { get; } = new(StoredGraph.Participant, RelationshipDirection.Outgoing, StoredGraph.Event);

    /// <summary>What an entity said.</summary>
    public static DatedLink Said { get; } = new(StoredGraph.Said, RelationshipDirection.Outgoing, StoredGraph.Statement);

    /// <summary>Statements about an entity, event or statement.</summary>
    public static DatedLink MentionedIn { get; } = new(StoredGraph.About, RelationshipDirection.Incoming, StoredGraph.Statement);

    /// <summary>The events a source reports.</summary>
    public static DatedLink EventsReported { get; } = new(StoredGraph.ReportedIn, RelationshipDirection.Incoming, StoredGraph.Event);

    /// <summary>The statements a source reports.</summary>
    public static DatedLink StatementsReported { get; } = new(StoredGraph.ReportedIn, RelationshipDirection.Incoming, StoredGraph.Statement);
}
