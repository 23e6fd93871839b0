using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Export;

/// <summary>The neighbourhood read of the GraphML export: one statement, parameters only, valid on Neo4j 3.1 and 5.
/// The neighbourhood is every entity, event and statement within <c>$depth</c> hops (1 to 3) of the entity, through any
/// relationship between such nodes (sources are not stepped through: every item of a source would be two hops away),
/// with every relationship among them. The hop bound cannot be a parameter in Cypher, so paths go up to the largest
/// depth and are cut by length.</summary>
internal static class GraphMlCypher
{
    public const int MaxDepth = 3;

    public static readonly string Neighbourhood = $$"""
        MATCH (start:{{L.Entity}} {{{P.Id}}: $id})
        OPTIONAL MATCH p = (start)-[*1..{{MaxDepth}}]-(other)
        WHERE length(p) <= $depth AND all(x IN nodes(p) WHERE {{ExportCypher.AnyLabel("x", ExportCypher.Items)}})
        WITH start, collect(DISTINCT other) AS others
        WITH [start] + [o IN others WHERE o <> start] AS members
        UNWIND members AS a
        OPTIONAL MATCH (a)-[r]->(b)
        WHERE b IN members
        WITH members, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), from: a.{{P.Id}}, to: b.{{P.Id}}, props: properties(r),
          fromLabel: {{ExportCypher.IdentityLabel("a")}}, toLabel: {{ExportCypher.IdentityLabel("b")}}} END) AS relationships
        RETURN [n IN members | {labels: labels(n), props: properties(n)}] AS nodes, relationships
        """;
}
