using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Expressions;

/// <summary>The item's interval [earliest, latest] overlaps the window [start, end] (either end may be open): items of any
/// precision mix correctly, and each bound is one indexed range comparison. Bounds are fixed-width UTC texts, so string
/// comparison is time comparison.</summary>
public sealed class DateOverlapFilter(CypherVariable subject, DateWindow window, DateLayout properties) : FilterNode
{
    /// <inheritdoc />
    public override string Write(CypherBuilder builder)
    {
        var v = builder.Name(subject);
        var parts = new List<string>();
        if (window.End is { } end)
            parts.Add($"{v}.{CypherNames.Property(properties.Earliest)} <= {builder.Parameter(window.EndOwner, "windowEnd", end)}");
        if (window.Start is { } start)
            parts.Add($"{v}.{CypherNames.Property(properties.Latest)} >= {builder.Parameter(window.StartOwner, "windowStart", start)}");
        return string.Join(" AND ", parts);
    }
}
