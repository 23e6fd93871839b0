namespace Timeline.Neo4j;

/// <summary>What a statement changed, as reported in the server's <c>stats</c>.</summary>
public sealed record QueryCounters
{
    /// <summary>Counters of a statement that changed nothing.</summary>
    public static QueryCounters None { get; } = new();

    /// <summary>Nodes created.</summary>
    public int NodesCreated { get; init; }
    /// <summary>Nodes deleted.</summary>
    public int NodesDeleted { get; init; }
    /// <summary>Relationships created.</summary>
    public int RelationshipsCreated { get; init; }
    /// <summary>Relationships deleted.</summary>
    public int RelationshipsDeleted { get; init; }
    /// <summary>Properties set (including overwrites with the same value).</summary>
    public int PropertiesSet { get; init; }
    /// <summary>Labels added to nodes.</summary>
    public int LabelsAdded { get; init; }
    /// <summary>Labels removed from nodes.</summary>
    public int LabelsRemoved { get; init; }
    /// <summary>Constraints created.</summary>
    public int ConstraintsAdded { get; init; }
    /// <summary>Constraints dropped.</summary>
    public int ConstraintsRemoved { get; init; }
    /// <summary>Indexes created.</summary>
    public int IndexesAdded { get; init; }
    /// <summary>Indexes dropped.</summary>
    public int IndexesRemoved { get; init; }
    /// <summary>True if the statement changed anything at all.</summary>
    public bool ContainsUpdates { get; init; }
}
