using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

/// <summary>When an event or statement was first reported: the reporting source whose publication date comes first — by
/// (earliest instant, latest instant, source id), so that "2026-01-09" comes before "2026-01" — or null when no source has
/// a date. One <c>reduce</c> over the reports keeps the first:
/// <code>head([first IN [reduce(acc = null, s IN [(item)-[:REPORTED_IN]-&gt;(s:Source) WHERE s.publishedEarliest IS NOT NULL | s] |
///   CASE WHEN acc IS NULL OR (s before acc) THEN s ELSE acc END)] | element])</code></summary>
public sealed class FirstReport(CypherVariable item)
{
    private static readonly DateLayout Published = DateLayout.Of(GraphProperties.Published);

    /// <summary>The first reporting source (null when none is dated).</summary>
    public CypherVariable Source { get; } = new("firstSource");

    /// <summary>The first report projected as <paramref name="element"/> (read from <see cref="Source"/>).</summary>
    public SingleValue Project(ValueNode element)
    {
        var reporting = new CypherVariable("reporting");
        var candidate = new CypherVariable("reporter");
        var acc = new CypherVariable("acc");
        var first = new ExpressionValue(b =>
        {
            string Keys(CypherVariable v, string p) => $"{b.Name(v)}.{CypherNames.Property(p)}";
            IReadOnlyList<string> Tuple(CypherVariable v) => [Keys(v, Published.Earliest), Keys(v, Published.Latest), Keys(v, GraphProperties.Id)];
            var reports = new GraphPattern(item, Links.Reports(null, reporting)).Write(b);
            var s = b.Name(candidate);
            var a = b.Name(acc);
            return $"[reduce({a} = null, {s} IN [{reports} WHERE {Keys(reporting, Published.Earliest)} IS NOT NULL | {b.Name(reporting)}] | " +
                   $"CASE WHEN {a} IS NULL OR {KeyTuple.Before(Tuple(candidate), Tuple(acc))} THEN {s} ELSE {a} END)]";
        });
        return new SingleValue(new ListQuery(new ExpressionListSource(Source, first), [], element, [], null));
    }
}
