using Timeline.Core.Ontology;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

/// <summary>How a dated list hangs from its owner: the relationship type, its direction seen from the owner, and the label
/// of the items.</summary>
public sealed record DatedLink(string RelationshipType, RelationshipDirection Direction, string ItemLabel)
{
    /// <summary>Whether one owner can reach one item by several edges: an entity takes part in an event once per role (ingest
    /// merges a PARTICIPANT edge per role), whereas SAID, ABOUT and REPORTED_IN join a pair once.</summary>
    public bool Repeats => RelationshipType == GraphRelationshipTypes.Participant;

    /// <summary>An entity's events.</summary>
    public static DatedLink EventsOfEntity { get; } = new(GraphRelationshipTypes.Participant, RelationshipDirection.Outgoing, GraphLabels.Event);

    /// <summary>What an entity said.</summary>
    public static DatedLink Said { get; } = new(GraphRelationshipTypes.Said, RelationshipDirection.Outgoing, GraphLabels.Statement);

    /// <summary>Statements about an entity, event or statement.</summary>
    public static DatedLink MentionedIn { get; } = new(GraphRelationshipTypes.About, RelationshipDirection.Incoming, GraphLabels.Statement);

    /// <summary>The events a source reports.</summary>
    public static DatedLink EventsReported { get; } = new(GraphRelationshipTypes.ReportedIn, RelationshipDirection.Incoming, GraphLabels.Event);

    /// <summary>The statements a source reports.</summary>
    public static DatedLink StatementsReported { get; } = new(GraphRelationshipTypes.ReportedIn, RelationshipDirection.Incoming, GraphLabels.Statement);
}
