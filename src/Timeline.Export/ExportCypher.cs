using Timeline.Core.Ontology;
using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Export;

/// <summary>Read queries of the export. A source's share of the graph is: the source, the events and statements
/// reported in it, the entities it mentions, and every relationship touching its events or statements or
/// carrying it among its <c>sources</c>.</summary>
internal static class ExportCypher
{
    /// <summary>Entities, events and statements: the nodes relationships start at (sources only receive REPORTED_IN).</summary>
    public static IReadOnlyList<string> Items { get; } = [L.Entity, .. L.Dated];

    public static readonly string AllNodes = $"""
        MATCH (n)
        WHERE {AnyLabel("n", L.Identity)}
        RETURN labels(n) AS labels, properties(n) AS props
        """;

    public static readonly string AllRelationships = $"""
        MATCH (a)-[r]->(b)
        WHERE ({AnyLabel("a", Items)}) AND ({AnyLabel("b", L.Identity)})
        RETURN type(r) AS type, a.{P.Id} AS from, b.{P.Id} AS to, properties(r) AS props,
               {IdentityLabel("a")} AS fromLabel, {IdentityLabel("b")} AS toLabel
        """;

    public static readonly string SourceNodes = $"""
        MATCH (n)
        WHERE (n:{L.Source} AND n.{P.Id} = $sourceId) OR (({AnyLabel("n", Items)}) AND $sourceId IN n.{P.Sources})
        RETURN labels(n) AS labels, properties(n) AS props
        """;

    public static readonly string SourceRelationships = $"""
        MATCH (a)-[r]->(b)
        WHERE ({AnyLabel("a", Items)}) AND ({AnyLabel("b", L.Identity)})
          AND ($sourceId IN r.{P.Sources}
               OR (({AnyLabel("a", L.Dated)}) AND $sourceId IN a.{P.Sources})
               OR (({AnyLabel("b", L.Dated)}) AND $sourceId IN b.{P.Sources}))
        RETURN type(r) AS type, a.{P.Id} AS from, b.{P.Id} AS to, properties(r) AS props,
               {IdentityLabel("a")} AS fromLabel, {IdentityLabel("b")} AS toLabel
        """;

    /// <summary>The parameters every export query takes besides its own: <c>$identityLabels</c>.</summary>
    public static IReadOnlyList<string> IdentityLabels => L.Identity;

    /// <summary><c>n:A OR n:B …</c></summary>
    public static string AnyLabel(string variable, IEnumerable<string> labels) =>
        string.Join(" OR ", labels.Select(l => $"{variable}:{l}"));

    /// <summary>The node's identity label, from the <c>$identityLabels</c> parameter.</summary>
    public static string IdentityLabel(string variable) => $"[l IN labels({variable}) WHERE l IN $identityLabels][0]";
}
