using Timeline.Query.Cypher;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

/// <summary>The provenance of an event or statement: each Source reporting it with the supporting excerpt, by source id.</summary>
public sealed class ReportsList(CypherVariable item)
{
    /// <summary>The REPORTED_IN relationship (its <c>excerpt</c>).</summary>
    public CypherVariable Report { get; } = new("report");

    /// <summary>The reporting source.</summary>
    public CypherVariable Source { get; } = new("source");

    /// <summary>How many sources report the item (one REPORTED_IN edge per source: ingest merges it).</summary>
    public ValueNode Count() =>
        new ListQuery(new PatternListSource(new GraphPattern(item, Links.Reports(null, Source))), [], new VariableValue(Source), [], null).Count();

    /// <summary>The list, each report projected as <paramref name="element"/> (unsorted when <paramref name="sorted"/> is false).</summary>
    public ListQuery Project(ValueNode element, bool sorted = true) =>
        new(new PatternListSource(new GraphPattern(item, Links.Reports(Report, Source))), [], element, sorted ? SortKeys.ById(Source) : [], null);
}
