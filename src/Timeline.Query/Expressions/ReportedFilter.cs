using Timeline.Core.Ontology;
using Timeline.Primitives;
using Timeline.Query.Cypher;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Expressions;

/// <summary>The report-time axis of an event or statement: it has a reporting source that passes a test —
/// <c>size([(item)-[:REPORTED_IN]-&gt;(source:Source) WHERE test | 1]) &gt; 0</c>.</summary>
public sealed class ReportedFilter : FilterNode
{
    private readonly CypherVariable _item;
    private readonly Func<CypherBuilder, CypherVariable, string> _test;

    private ReportedFilter(CypherVariable item, Func<CypherBuilder, CypherVariable, string> test)
    {
        _item = item;
        _test = test;
    }

    /// <summary>Known at <paramref name="knownAt"/>: some source's publication date lies wholly on or before the end of
    /// <paramref name="knownAt"/> at its precision (its latest instant): known at "2026-01" = published by 31 January 2026
    /// 23:59:59 UTC; a source published only as "2026-01" counts at "2026-01" but not at "2026-01-15". An item no dated
    /// source reports is not known at any date.</summary>
    public static ReportedFilter KnownAt(CypherVariable item, PartialDate knownAt)
    {
        var owner = new object();
        var published = DateLayout.Of(GraphProperties.Published);
        return new ReportedFilter(item, (b, source) =>
            $"{b.Name(source)}.{CypherNames.Property(published.Latest)} <= {b.Parameter(owner, "knownAt", knownAt.LatestKey)}");
    }

    /// <summary>Reported by one of the sources with these ids (an unknown id matches nothing).</summary>
    public static ReportedFilter BySources(CypherVariable item, IReadOnlyList<string> sources)
    {
        var owner = new object();
        return new ReportedFilter(item, (b, source) =>
            $"{b.Name(source)}.{CypherNames.Property(GraphProperties.Id)} IN {b.Parameter(owner, "sources", sources.ToList())}");
    }

    /// <inheritdoc />
    public override string Write(CypherBuilder builder)
    {
        var source = new CypherVariable("source");
        var pattern = new GraphPattern(_item, Links.Reports(null, source)).Write(builder);
        return $"size([{pattern} WHERE {_test(builder, source)} | 1]) > 0";
    }
}
