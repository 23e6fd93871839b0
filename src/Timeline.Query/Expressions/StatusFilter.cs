using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Expressions;

/// <summary>Events whose status is listed pass; statements always pass (a status says what became of an event, and a
/// statement was made). An event stored without a status (ingested before statuses existed) has the ontology's default.
/// An empty list keeps only statements.</summary>
public sealed class StatusFilter(CypherVariable item, IReadOnlyList<string> statuses, string defaultStatus) : FilterNode
{
    private readonly object _defaultOwner = new();

    /// <inheritdoc />
    public override string Write(CypherBuilder builder)
    {
        var v = builder.Name(item);
        var status = $"coalesce({v}.{CypherNames.Property(GraphProperties.Status)}, {builder.Parameter(_defaultOwner, "defaultStatus", defaultStatus)})";
        return $"(NOT {v}:{CypherNames.Label(GraphLabels.Event)} OR {status} IN {builder.Parameter(this, "statuses", statuses.ToList())})";
    }
}
