using Timeline.Api.Translation.Cypher;

namespace Timeline.Api.Translation.Tree;

/// <summary>The item's interval [earliest, latest] overlaps the window [start, end] (either end may be open): items of any
/// precision mix correctly. Bounds are fixed-width UTC texts, so string comparison is time comparison.</summary>
internal sealed class DateWindowFilter(CypherVariable subject, DateWindow window, DateProperties properties) : FilterNode
{
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
