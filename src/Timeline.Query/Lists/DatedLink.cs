using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

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
